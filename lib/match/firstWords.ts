import { storedTerm, type TrieLevel } from './table';
import { pluralOf } from './variants';

/**
 * The first-word filter: a table of hashes of every word a term can start with, case folded.
 * A word of the page is hashed while the scan finds its end, so most words (none of the 580 or
 * so first words) are passed over without building a string; the rest are looked up for real.
 * The filter is worked out when the extension is built and shipped as a short string, so a page
 * only copies it into a table.
 */
const FIRST_WORD_BITS = 16;
const FIRST_WORD_MASK = (1 << FIRST_WORD_BITS) - 1;

export interface FirstWordFilter {
  /** The slots of the ASCII first words. */
  slots: readonly number[];
  /** Whether some first word has a non-ASCII character: such words are always looked up. */
  anyNonAscii: boolean;
}

/** One step of the word hash; `| 0x20` folds an ASCII capital onto its lower case, leaves digits. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + (code | 0x20)) | 0;
}

export function slotOf(hash: number): number {
  return (hash ^ (hash >>> FIRST_WORD_BITS)) & FIRST_WORD_MASK;
}

/** The filter of a whole trie (compileTable's): its first words, and the plurals of its one-word terms. */
export function firstWordFilter(root: TrieLevel): FirstWordFilter {
  const starts = Object.keys(root);
  const plurals = starts.flatMap((word) => (storedTerm(root[word]) >= 0 ? (pluralOf(word) ?? []) : []));
  const slots = new Set<number>();
  let anyNonAscii = false;
  for (const word of [...starts, ...plurals]) {
    let hash = 0;
    let index = 0;
    for (; index < word.length; index++) {
      const code = word.charCodeAt(index);
      if (code >= 128) break;
      hash = hashStep(hash, code);
    }
    if (index < word.length) anyNonAscii = true;
    else slots.add(slotOf(hash));
  }
  return { slots: [...slots].sort((a, b) => a - b), anyNonAscii };
}

/** The filter as a lookup table: 1 in each slot a first word hashes to. */
export function filterTable(filter: FirstWordFilter): Uint8Array {
  const table = new Uint8Array(1 << FIRST_WORD_BITS);
  for (const slot of filter.slots) table[slot] = 1;
  return table;
}

/** Two base-36 digits per slot, its gap from the slot before; "zz" moves on 1295 without a slot. */
const GAP_DIGITS = 2;
const SKIP = 'zz';
const SKIP_GAP = 36 ** GAP_DIGITS - 1;

/**
 * The filter as the build ships it: "!" first when a first word is not ASCII, then each slot's
 * gap from the one before in two base-36 digits (1.2 KB for 580 slots, a quarter of a JSON
 * array of them).
 */
export function encodeFilter(filter: FirstWordFilter): string {
  let encoded = filter.anyNonAscii ? '!' : '';
  let previous = 0;
  for (const slot of filter.slots) {
    let gap = slot - previous;
    for (; gap >= SKIP_GAP; gap -= SKIP_GAP) encoded += SKIP;
    encoded += gap.toString(36).padStart(GAP_DIGITS, '0');
    previous = slot;
  }
  return encoded;
}

export function decodeFilter(encoded: string): FirstWordFilter {
  const anyNonAscii = encoded.startsWith('!');
  const slots: number[] = [];
  let slot = 0;
  for (let index = anyNonAscii ? 1 : 0; index < encoded.length; index += GAP_DIGITS) {
    const digits = encoded.slice(index, index + GAP_DIGITS);
    slot += digits === SKIP ? SKIP_GAP : parseInt(digits, 36);
    if (digits !== SKIP) slots.push(slot);
  }
  return { slots, anyNonAscii };
}
