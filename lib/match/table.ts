import { expandWords, pluralOf, singularsOf } from './variants';
import { splitWords } from './words';

/**
 * The lexicon compiled into a word trie of plain objects: built once, at build time, and
 * carried by the content script as JSON (shipTable), so a page pays a JSON.parse instead of
 * compiling 2,000 forms. Regular plurals are not stored: the matcher derives them from the singular.
 */

/** One level of the trie: each next word, and what follows it. */
export interface TrieLevel {
  [word: string]: TrieNode;
}

/**
 * What follows a word: a term that ends there and goes no further (a number), or a level
 * whose TERM_KEY holds the term that ends there, if one does. A term is stored as its index
 * when its regular plural is a form of it too, as ~index (negative) when it is not.
 */
export type TrieNode = number | TrieLevel;

/**
 * The root as the content script parses it (shipTable): a first word's level may still be its
 * index among the shipped levels, as a string, until a page reaches it.
 */
export interface ShippedRoot {
  [word: string]: TrieNode | string;
}

/** No word is a space, so the key of a level's own term never clashes with a word. */
export const TERM_KEY = ' ';

/** Neither a term's index (>= 0) nor its ~index (<= -1): no term ends here. */
export const NO_TERM = -0.5;

/** The term stored at a node as the table stores it (~index: no plural), or NO_TERM. */
export function storedTerm(node: TrieNode | undefined): number {
  if (typeof node === 'number') return node;
  return node !== undefined && Object.hasOwn(node, TERM_KEY) ? (node[TERM_KEY] as number) : NO_TERM;
}

export interface MatcherTerm {
  term: string;
  variants?: readonly string[];
}

/** A form claimed by two different terms: the lexicon must say which one it means. */
export class AmbiguousFormError extends Error {}

interface SurfaceForm {
  words: readonly string[];
  term: number;
}

const keyOf = (words: readonly string[]) => words.join(' ');

function withPlural(words: readonly string[]): string[] | null {
  const plural = pluralOf(words[words.length - 1]);
  return plural === null ? null : [...words.slice(0, -1), plural];
}

/** Every term and variant, with every spelling the matcher must find (expandWords), in one trie. */
export function compileTable(terms: readonly MatcherTerm[]): TrieLevel {
  const surface = new Map<string, SurfaceForm>();
  terms.forEach((entry, term) => {
    for (const form of [entry.term, ...(entry.variants ?? [])]) {
      for (const words of expandWords(splitWords(form))) {
        const claimed = surface.get(keyOf(words));
        if (claimed && claimed.term !== term) {
          throw new AmbiguousFormError(
            `"${keyOf(words)}" is claimed by "${terms[claimed.term].term}" and "${entry.term}"`,
          );
        }
        surface.set(keyOf(words), { words, term });
      }
    }
  });

  /** Whether the form's regular plural is a form of the same term. */
  const pluralizes = (form: SurfaceForm) => {
    const plural = withPlural(form.words);
    return plural !== null && surface.get(keyOf(plural))?.term === form.term;
  };
  /** Whether the matcher finds this form as the plural of a stored one, so it need not be stored. */
  const derived = new Map<SurfaceForm, boolean>();
  const isDerived = (form: SurfaceForm): boolean => {
    let known = derived.get(form);
    if (known === undefined) {
      derived.set(form, false);
      const last = form.words.length - 1;
      known = singularsOf(form.words[last]).some((singular) => {
        const base = surface.get(keyOf([...form.words.slice(0, last), singular]));
        return (
          base !== undefined &&
          base.term === form.term &&
          withPlural(base.words)?.[last] === form.words[last] &&
          !isDerived(base)
        );
      });
      derived.set(form, known);
    }
    return known;
  };

  const root = Object.create(null) as TrieLevel;
  for (const form of surface.values()) {
    if (isDerived(form)) continue;
    const stored = pluralizes(form) ? form.term : ~form.term;
    let level = root;
    form.words.forEach((word, index) => {
      const node = level[word];
      if (index === form.words.length - 1) {
        if (node === undefined) level[word] = stored;
        else (node as TrieLevel)[TERM_KEY] = stored;
        return;
      }
      if (typeof node === 'object') level = node;
      else {
        const next = Object.create(null) as TrieLevel;
        if (node !== undefined) next[TERM_KEY] = node;
        level = level[word] = next;
      }
    });
  }
  return root;
}

/**
 * The trie as the content script carries it: the root as JSON, where each first word that starts
 * longer terms holds the index of its level, and those levels as JSON strings of their own. A page
 * parses the root and then only the levels its words reach: about half the time of parsing the
 * whole trie at once, in every frame.
 */
export interface ShippedTable {
  root: string;
  levels: readonly string[];
}

export function shipTable(root: TrieLevel): ShippedTable {
  const levels: string[] = [];
  const shippedRoot = Object.create(null) as ShippedRoot;
  for (const [word, node] of Object.entries(root)) {
    shippedRoot[word] = typeof node === 'object' ? String(levels.push(JSON.stringify(node)) - 1) : node;
  }
  return { root: JSON.stringify(shippedRoot), levels };
}
