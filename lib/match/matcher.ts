import { filterTable, firstWordFilter, hashStep, slotOf, type FirstWordFilter } from './firstWords';
import { compileTable, NO_TERM, storedTerm, type MatcherTerm, type ShippedRoot, type TrieNode } from './table';
import { pluralOf, singularsOf } from './variants';
import { ASCII_WORD, isGapChar, isWordCharAt, wordAt } from './words';

export { AmbiguousFormError, type MatcherTerm } from './table';

export interface Match {
  start: number;
  end: number;
  /** Index of the matched term in the list the matcher was compiled from. */
  term: number;
}

export interface ScanResult {
  matches: Match[];
  /** Where the next call should resume; equals text.length when the text is done. */
  next: number;
}

export interface Matcher {
  /** All matches in text, leftmost-longest, in order. */
  find(text: string): Match[];
  /**
   * Matches that start in [from, from + budget), so a caller can cut a huge text into
   * slices without splitting a word or a match.
   */
  scan(text: string, from: number, budget: number): ScanResult;
}

/**
 * A matcher over a trie built by compileTable, and its first-word filter: both worked out at
 * build time for the content script, on the spot for tests. Matching is a single pass over the
 * text that looks each word up once: no regular expression per term, no re-scanning.
 */
export function createMatcher(
  root: ShippedRoot,
  filter: FirstWordFilter,
  shippedLevels: readonly string[] = [],
): Matcher {
  // Most words of a page start no term, and are skipped without building their key.
  const firstWords = filterTable(filter);
  const anyNonAsciiStart = filter.anyNonAscii;

  function scan(text: string, from: number, budget: number): ScanResult {
    const matches: Match[] = [];
    const length = text.length;
    const stop = Math.min(length, from + budget);
    let index = from;
    // Never start inside a word: a slice boundary may fall mid-word.
    while (index > 0 && index < length && isWordCharAt(text, index - 1) && isWordCharAt(text, index)) index++;

    while (index < stop) {
      const code = text.charCodeAt(index);
      if (code < 128 ? ASCII_WORD[code] === 0 : !isWordCharAt(text, index)) {
        index++;
        continue;
      }
      const start = index;
      let end = index + 1;
      let ascii = code < 128;
      let hash = hashStep(0, code);
      for (let next = text.charCodeAt(end); end < length; next = text.charCodeAt(++end)) {
        if (next < 128) {
          if (ASCII_WORD[next] === 0) break;
          hash = hashStep(hash, next);
        } else if (isWordCharAt(text, end)) ascii = false;
        else break;
      }
      const candidate = ascii ? firstWords[slotOf(hash)] === 1 : anyNonAsciiStart || code < 128;
      const longest = candidate ? longestFrom(text, root, shippedLevels, start, end, NO_MATCH) : NO_MATCH;
      if (longest.term !== -1) {
        matches.push({ start, end: longest.end, term: longest.term });
        index = longest.end;
        continue;
      }
      index = end;
    }
    return { matches, next: Math.max(index, stop) };
  }

  return {
    find: (text) => scan(text, 0, text.length).matches,
    scan,
  };
}

/** Compiles a lexicon on the spot (tests, small lexicons); the content script gets its trie built. */
export function compileMatcher(terms: readonly MatcherTerm[]): Matcher {
  const root = compileTable(terms);
  return createMatcher(root, firstWordFilter(root));
}

const NO_MATCH = { term: -1, end: -1 };

function termOf(stored: number): number {
  return stored === NO_TERM ? -1 : stored >= 0 ? stored : ~stored;
}

/** What follows `key` in a level, a shipped level parsed now (and kept) if it is one. */
function nodeAt(level: ShippedRoot, key: string, shippedLevels: readonly string[]): TrieNode | undefined {
  if (!Object.hasOwn(level, key)) return undefined;
  const node = level[key];
  return typeof node === 'string' ? (level[key] = JSON.parse(shippedLevels[Number(node)]) as TrieNode) : node;
}

/** The term whose stored singular `key` is the regular plural of, or -1. */
function pluralTerm(level: ShippedRoot, key: string, shippedLevels: readonly string[]): number {
  for (const singular of singularsOf(key)) {
    const stored = storedTerm(nodeAt(level, singular, shippedLevels));
    if (stored >= 0 && pluralOf(singular) === key) return stored;
  }
  return -1;
}

/**
 * The longest term that starts with the word text[start, end) looked up in `level`. A word is
 * looked up by its lower case and, when it has capitals, also as written (abbreviations), so
 * a step may branch in two; lexicons rarely give both branches, and never for long.
 */
function longestFrom(
  text: string,
  level: ShippedRoot,
  shippedLevels: readonly string[],
  start: number,
  end: number,
  best: { term: number; end: number },
): { term: number; end: number } {
  const word = wordAt(text, start, end);
  const lower = word.toLowerCase();
  best = followWord(text, level, shippedLevels, lower, end, best);
  return lower === word ? best : followWord(text, level, shippedLevels, word, end, best);
}

function followWord(
  text: string,
  level: ShippedRoot,
  shippedLevels: readonly string[],
  key: string,
  end: number,
  best: { term: number; end: number },
): { term: number; end: number } {
  const node = nodeAt(level, key, shippedLevels);
  let term = termOf(storedTerm(node));
  if (term === -1) term = pluralTerm(level, key, shippedLevels);
  if (term !== -1 && end > best.end) best = { term, end };
  if (typeof node !== 'object') return best;
  let wordStart = end;
  while (wordStart < text.length && isGapChar(text.charCodeAt(wordStart))) wordStart++;
  if (wordStart === end || wordStart >= text.length || !isWordCharAt(text, wordStart)) return best;
  let wordEnd = wordStart + 1;
  while (wordEnd < text.length && isWordCharAt(text, wordEnd)) wordEnd++;
  return longestFrom(text, node, shippedLevels, wordStart, wordEnd, best);
}
