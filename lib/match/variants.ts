import { isExactWord } from './words';

/** Spelling variants every term gets for free, so the lexicon lists only real synonyms. */

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
