/** The spelling expansion and form splitting as they were before the table (issue #12): the oracle's own copy. */
import { isExactWord, isWordCharAt, wordAt } from '../../../../lib/match/words';

/** "disc" and "disk" are the same word in British and American usage. */
function discSpellings(words: readonly string[]): string[][] {
  const swapped = words.map((word) => (word === 'disc' ? 'disk' : word === 'disk' ? 'disc' : word));
  return swapped.some((word, index) => word !== words[index]) ? [[...words], swapped] : [[...words]];
}

function pluralOf(word: string): string | null {
  // Abbreviations take a bare "s" ("UTIs"), except those that already end in one ("CES").
  if (isExactWord(word)) return word.endsWith('S') ? null : `${word}s`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** Every word sequence a form stands for: itself, its plural, each with disc or disk. */
export function expandWords(words: readonly string[]): string[][] {
  if (words.length === 0) return [];
  const last = words.length - 1;
  const pluralWord = pluralOf(words[last]);
  if (pluralWord === null) return discSpellings(words);
  return [...discSpellings(words), ...discSpellings([...words.slice(0, last), pluralWord])];
}

export function splitWords(form: string): string[] {
  const words: string[] = [];
  let index = 0;
  while (index < form.length) {
    if (!isWordCharAt(form, index)) {
      index++;
      continue;
    }
    const start = index;
    while (index < form.length && isWordCharAt(form, index)) index++;
    words.push(wordAt(form, start, index));
  }
  return words;
}
