import type { Match, Matcher, ScanResult } from './matcher';

/**
 * The matcher of Chinese text, which has no spaces between words: a term matches wherever its
 * characters stand, the longest form at the leftmost place wins, and the words of
 * `HanTable.forms` that stand for no term (BLOCKING) take their characters too, so a shorter
 * term inside them is not marked (肾 in 肾上腺). The page's text is read through a fold of one
 * character to one character: Traditional characters onto the Simplified ones the vocabulary
 * writes, full-width Latin onto ASCII, capitals onto lower case. A page in either script, or in
 * both mixed within one word, is matched against one set of forms, and offsets stay the page's.
 */

/** What a form stands for in HanTable.forms when it is no term: a word never marked. */
export const BLOCKING = -1;

/** The Chinese vocabulary as built with the extension (scripts/hanTable.ts), ready to ship as JSON. */
export interface HanTable {
  /** Every form, folded, with its term's index (or BLOCKING). */
  forms: readonly (readonly [string, number])[];
  /** The character fold: pairs of UTF-16 units, each a character and the one it is read as. */
  fold: string;
}

const HAN_CHAR = /\p{Script=Han}/u;

/** Whether a text holds a Han character: what decides that a page needs the Chinese vocabulary. */
export function containsHan(text: string): boolean {
  return HAN_CHAR.test(text);
}

/** Full-width ASCII (Ａ, ０, （) is read as ASCII, so ＭＲＩ is MRI. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_SHIFT = 0xfee0;
const FULL_WIDTH_CHARS = /[\uff01-\uff5e]/g;

/** The character `code` is read as: full-width to ASCII, then capitals to lower case. */
export function foldWidthAndCase(code: number): number {
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) code -= FULL_WIDTH_SHIFT;
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Full-width ASCII read as ASCII (ＭＲＩ as MRI), case kept: one unit for one, so offsets hold. */
export function foldFullWidth(text: string): string {
  return text.replace(FULL_WIDTH_CHARS, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_SHIFT));
}

/** A fold table: each UTF-16 unit's reading, from the shipped pairs and the width/case rule. */
export function foldTable(pairs: string): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < table.length; code++) table[code] = foldWidthAndCase(code);
  for (let index = 0; index + 1 < pairs.length; index += 2)
    table[pairs.charCodeAt(index)] = pairs.charCodeAt(index + 1);
  return table;
}

/** A form as the matcher stores it: each character folded. */
export function foldText(text: string, table: Uint16Array): string {
  let folded = '';
  for (let index = 0; index < text.length; index++) folded += String.fromCharCode(table[text.charCodeAt(index)]);
  return folded;
}

const isAsciiAlnum = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

const NO_TERM = -2;

interface HanNode {
  term: number;
  next: Map<number, HanNode> | null;
}

function buildTrie(forms: HanTable['forms']): Map<number, HanNode> {
  const root = new Map<number, HanNode>();
  for (const [form, term] of forms) {
    let level = root;
    for (let index = 0; index < form.length; index++) {
      const code = form.charCodeAt(index);
      let node = level.get(code);
      if (!node) level.set(code, (node = { term: NO_TERM, next: null }));
      if (index === form.length - 1) node.term = term;
      else level = node.next ??= new Map<number, HanNode>();
    }
  }
  return root;
}

/**
 * A matcher of the table's forms. A form that begins or ends with a Latin letter or digit
 * (HPV感染) does not match inside a longer Latin word.
 */
export function createHanMatcher(table: HanTable): Matcher {
  const fold = foldTable(table.fold);
  const root = buildTrie(table.forms);

  function scan(text: string, from: number, budget: number): ScanResult {
    const matches: Match[] = [];
    const length = text.length;
    const stop = Math.min(length, from + budget);
    let index = from;
    while (index < stop) {
      const first = fold[text.charCodeAt(index)];
      let node = root.get(first);
      if (!node || (isAsciiAlnum(first) && index > 0 && isAsciiAlnum(fold[text.charCodeAt(index - 1)]))) {
        index++;
        continue;
      }
      let term = NO_TERM;
      let end = -1;
      for (let at = index; ;) {
        const code = fold[text.charCodeAt(at)];
        at++;
        if (node.term !== NO_TERM && !(isAsciiAlnum(code) && at < length && isAsciiAlnum(fold[text.charCodeAt(at)]))) {
          term = node.term;
          end = at;
        }
        if (!node.next || at >= length) break;
        const next = node.next.get(fold[text.charCodeAt(at)]);
        if (!next) break;
        node = next;
      }
      if (term === NO_TERM) {
        index++;
        continue;
      }
      if (term !== BLOCKING) matches.push({ start: index, end, term });
      index = end;
    }
    return { matches, next: Math.max(index, stop) };
  }

  return { find: (text) => scan(text, 0, text.length).matches, scan };
}
