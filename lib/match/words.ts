/**
 * What counts as a word character, and how a term's words are compared. Shared by the
 * variant generator and the matcher so that both split text the same way.
 */

const SOFT_HYPHEN = 0xad;
/**
 * Letters, digits and marks, except those of the scripts written without spaces between words
 * (Han, kana): there every character stands alone, so "MRI检查" and "做CT" hold the words MRI and CT.
 * Those scripts are matched character by character (lib/match/han.ts).
 */
const WORD_CHAR = /(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}]/u;
/** A run of word characters, as isWordCharAt reads them: one native call splits a whole form. */
const FORM_WORD = /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}\u00ad])+/gu;
/** 0 = not yet known, 1 = word character, 2 = not. Filled lazily for the BMP. */
const bmpClass = new Uint8Array(0x10000);

/** 1 for the ASCII letters and digits: the hot path of every scan is one table read. */
export const ASCII_WORD = new Uint8Array(128).map((_, code) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0,
);

/** Letters, digits and combining marks (not Han or kana); soft hyphens count as part of the word. */
export function isWordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return ASCII_WORD[code] === 1;
  if (code === SOFT_HYPHEN) return true;
  if (code >= 0xd800 && code <= 0xdfff) return isAstralWordChar(text, index);
  let known = bmpClass[code];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    bmpClass[code] = known;
  }
  return known === 1;
}

function isAstralWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // A low surrogate belongs to the pair that starts one unit earlier.
  const start = code >= 0xdc00 && index > 0 ? index - 1 : index;
  const point = text.codePointAt(start);
  return point !== undefined && point > 0xffff && WORD_CHAR.test(String.fromCodePoint(point));
}

/** Whitespace (including no-break spaces), hyphens and slashes ("CP/CPPS") may separate a term's words. */
export function isGapChar(code: number): boolean {
  return (
    code === 32 ||
    code === 45 ||
    code === 47 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** A word as written, soft hyphens removed. */
export function wordAt(text: string, start: number, end: number): string {
  const word = text.slice(start, end);
  return word.includes('\u00ad') ? word.replaceAll('\u00ad', '') : word;
}

/**
 * Splits a lexicon form into the keys its words are looked up by. Lexicon forms are written in
 * lower case; a word written with capitals is an abbreviation ("UTI", "SI joint") and keeps
 * them, so it matches only exactly as written: "pid" in a file name is not "PID".
 */
export function splitWords(form: string): string[] {
  const words = form.match(FORM_WORD) ?? [];
  return words.map((word) => (word.includes('\u00ad') ? word.replaceAll('\u00ad', '') : word));
}

/** Whether a word key must match case for case (it has capitals). */
export function isExactWord(word: string): boolean {
  return word !== word.toLowerCase();
}
