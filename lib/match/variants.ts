import { isExactWord } from './words';

/** Spelling variants every term gets for free, so the lexicon lists only real synonyms. */

const isDiscOrDisk = (word: string) => word === 'disc' || word === 'disk';
const otherDiscSpelling = (word: string) => (word === 'disc' ? 'disk' : word === 'disk' ? 'disc' : word);

/** The regular plural of a word, or null for an abbreviation that already ends in S. */
export function pluralOf(word: string): string | null {
  // Abbreviations take a bare "s" ("UTIs"), except those that already end in one ("CES").
  if (isExactWord(word)) return word.endsWith('S') ? null : `${word}s`;
  // Plain string tests, not regular expressions: every page runs this for each one-word term.
  const last = word[word.length - 1];
  if (last === 's' || last === 'x' || last === 'z' || word.endsWith('ch') || word.endsWith('sh')) return `${word}es`;
  if (last === 'y' && word.length > 1 && !'aeiou'.includes(word[word.length - 2])) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * Every word sequence a form stands for: itself, its plural, each with "disc" or "disk" (the
 * same word in British and American usage). Built with few arrays: every page compiles it.
 */
export function expandWords(words: readonly string[]): (readonly string[])[] {
  if (words.length === 0) return [];
  const last = words.length - 1;
  const pluralWord = pluralOf(words[last]);
  const forms: (readonly string[])[] = [words];
  if (pluralWord !== null) {
    const plural = words.slice();
    plural[last] = pluralWord;
    forms.push(plural);
  }
  return words.some(isDiscOrDisk) ? forms.flatMap((form) => [form, form.map(otherDiscSpelling)]) : forms;
}

/** The words whose regular plural `word` could be (pluralOf decides which really are). */
export function singularsOf(word: string): string[] {
  if (!word.endsWith('s')) return [];
  const singulars = [word.slice(0, -1)];
  if (word.endsWith('es')) singulars.push(word.slice(0, -2));
  if (word.endsWith('ies')) singulars.push(`${word.slice(0, -3)}y`);
  return singulars;
}
