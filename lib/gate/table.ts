import { BLOCKING, foldWidthAndCase, type HanTable } from '../match/han';
import { NO_TERM, storedTerm, TERM_KEY, type TrieLevel, type TrieNode } from '../match/table';
import { pluralOf } from '../match/variants';

/**
 * The gate's table: what a page's first words (and Han prefixes) could be evidence of, worked out
 * when the extension is built from the matcher's own trie, so the gate never passes over a word the
 * matcher would count. Only evidence is kept (a risk word says nothing of health on its own).
 *
 * - `one`: a word that is a whole one-word term (or its regular plural), lower case;
 * - `two`: a first word, then a second word, of longer terms: every term that starts with the pair;
 * - `han`: the first two characters of a Chinese form (one for a one-character form) as the Han
 *   matcher folds them, and the part of its fold (Traditional onto Simplified) that reaches them.
 *
 * Each key holds the terms it could start, numbered in one space (English terms, then Chinese ones),
 * and `topics` gives each numbered term's topic.
 */
export interface GateTable {
  topics: string[];
  termTopics: number[];
  one: Record<string, number[]>;
  two: Record<string, Record<string, number[]>>;
  /** The first two characters of each Han form as the Han matcher folds them (one for a one-character form). */
  han: Record<string, number[]>;
  /** The Han fold's pairs (character, then what it is read as) that reach a character of `han`'s keys. */
  hanFold: string;
}

export interface GateTerm {
  topic: string;
  category: string;
}

/** The Chinese vocabulary as the Han matcher reads it (lib/match/han), with its terms in the table's order. */
export interface GateHanVocabulary {
  table: HanTable;
  terms: readonly GateTerm[];
}

/**
 * How many first characters of a Han form key it: two let through pages that only talk of 性生活
 * or 同房, whose forms start many terms; four tell nearly every term apart at half the size of the
 * whole forms.
 */
const HAN_PREFIX = 4;

const isEvidence = (term: GateTerm) => term.category !== 'risk';

function add(record: Record<string, number[]>, key: string, term: number): void {
  const terms = Object.hasOwn(record, key) ? record[key] : (record[key] = []);
  if (!terms.includes(term)) terms.push(term);
}

/** Every term stored at a node or below it. */
function termsUnder(node: TrieNode, into: Set<number>): Set<number> {
  const stored = storedTerm(node);
  if (stored !== NO_TERM) into.add(stored >= 0 ? stored : ~stored);
  if (typeof node === 'object')
    for (const [word, next] of Object.entries(node)) if (word !== TERM_KEY) termsUnder(next, into);
  return into;
}

/**
 * Builds the table from the English trie (compileTable's, whose terms are `terms` in order) and the
 * Chinese vocabulary as the Han matcher reads it, its terms numbered after the English ones.
 */
export function compileGateTable(
  root: TrieLevel,
  terms: readonly GateTerm[],
  han: GateHanVocabulary,
  hanPrefix = HAN_PREFIX,
): GateTable {
  const all = [...terms, ...han.terms];
  const topics = [...new Set(all.map((term) => term.topic))];
  const table: GateTable = {
    topics,
    termTopics: all.map((term) => topics.indexOf(term.topic)),
    one: {},
    two: {},
    han: {},
    hanFold: '',
  };
  const evidence = (term: number) => isEvidence(all[term]);
  for (const [first, node] of Object.entries(root)) {
    const word = first.toLowerCase();
    const stored = storedTerm(node);
    if (stored !== NO_TERM) {
      const term = stored >= 0 ? stored : ~stored;
      if (evidence(term)) {
        add(table.one, word, term);
        const plural = stored >= 0 ? pluralOf(first) : null;
        if (plural) add(table.one, plural.toLowerCase(), term);
      }
    }
    if (typeof node !== 'object') continue;
    for (const [second, next] of Object.entries(node)) {
      if (second === TERM_KEY) continue;
      const pairs = (table.two[word] ??= {});
      const key = second.toLowerCase();
      for (const term of termsUnder(next, new Set())) if (evidence(term)) add(pairs, key, term);
      const ends = storedTerm(next);
      const plural = ends >= 0 ? pluralOf(second) : null;
      if (plural && evidence(ends)) add(pairs, plural.toLowerCase(), ends);
      if (Object.keys(pairs).length === 0) delete table.two[word];
    }
  }
  // The forms are stored folded: the gate folds the page's characters the same way, as far as its keys need.
  for (const [form, index] of han.table.forms) {
    if (index === BLOCKING || form.length === 0 || !isEvidence(han.terms[index])) continue;
    add(table.han, form.slice(0, hanPrefix), terms.length + index);
  }
  const keyChars = new Set([...Object.keys(table.han).join('')]);
  let hanFold = '';
  for (let at = 0; at + 1 < han.table.fold.length; at += 2) {
    if (keyChars.has(han.table.fold[at]) || keyChars.has(han.table.fold[at + 1]))
      hanFold += han.table.fold.slice(at, at + 2);
  }
  table.hanFold = hanFold;
  return table;
}

/**
 * The table as the build ships it: a few strings a page splits natively, instead of an object it
 * parses whole. `words` lists every first word; `entries`, in the same order, the terms of the word
 * alone, then `;second=terms` for each second word. Terms are comma-separated numbers.
 */
export interface ShippedGateTable {
  topics: string;
  termTopics: string;
  words: string;
  entries: string;
  han: string;
  hanTerms: string;
  hanFold: string;
}

const LIST = '|';

export function shipGateTable(table: GateTable): ShippedGateTable {
  const words = [...new Set([...Object.keys(table.one), ...Object.keys(table.two)])].sort();
  const entries = words.map((word) =>
    [
      (table.one[word] ?? []).join(','),
      ...Object.entries(table.two[word] ?? {}).map(([second, terms]) => `${second}=${terms.join(',')}`),
    ].join(';'),
  );
  const han = Object.keys(table.han).sort();
  return {
    topics: table.topics.join(LIST),
    termTopics: table.termTopics.join(','),
    words: words.join(LIST),
    entries: entries.join(LIST),
    han: han.join(LIST),
    hanTerms: han.map((key) => table.han[key].join(',')).join(LIST),
    hanFold: table.hanFold,
  };
}

/** The table as a page reads it: an entry is taken apart only when the page has its word. */
export interface GateLookup {
  /** The topic of each numbered term. */
  topicOf(term: number): string;
  /** The terms a word could be, alone; and the level of second words below it, if any. */
  entry(word: string): GateEntry | undefined;
  /** The Han part, taken apart the first time a page's text holds Han. */
  han(): HanLookup;
}

export interface HanLookup {
  /** What a character is read as (the Han matcher's fold, as far as the keys need it). */
  fold(code: number): number;
  /** The first characters of the keys, folded, to pass over every other character at once. */
  readonly first: ReadonlySet<number>;
  /** The longest key's length. */
  readonly longest: number;
  terms(key: string): readonly number[] | undefined;
}

export interface GateEntry {
  alone: readonly number[];
  next: ReadonlyMap<string, readonly number[]>;
}

const terms = (list: string): number[] => (list ? list.split(',').map(Number) : []);

export function readGateTable(shipped: ShippedGateTable): GateLookup {
  const topics = shipped.topics.split(LIST);
  const termTopics = terms(shipped.termTopics);
  // Sorted when built: a word's place is found by halves, once a native set says it is there at all
  // (most of a page's words are not, and a set answers them without a step of script each).
  const words = shipped.words ? shipped.words.split(LIST) : [];
  const known = new Set(words);
  let entries: string[] | undefined;
  const parsed = new Map<number, GateEntry>();
  let han: HanLookup | undefined;
  return {
    topicOf: (term) => topics[termTopics[term]],
    entry(word) {
      if (!known.has(word)) return undefined;
      const at = indexOf(words, word);
      if (at < 0) return undefined;
      let entry = parsed.get(at);
      if (!entry) {
        const [alone = '', ...pairs] = (entries ??= shipped.entries.split(LIST))[at].split(';');
        entry = {
          alone: terms(alone),
          next: new Map(
            pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), terms(pair.slice(pair.indexOf('=') + 1))]),
          ),
        };
        parsed.set(at, entry);
      }
      return entry;
    },
    han: () => (han ??= readHanLookup(shipped)),
  };
}

function readHanLookup(shipped: ShippedGateTable): HanLookup {
  const keys = shipped.han ? shipped.han.split(LIST) : [];
  const lists = shipped.hanTerms.split(LIST);
  const byKey = new Map(keys.map((key, at) => [key, terms(lists[at] ?? '')]));
  const folded = new Map<number, number>();
  for (let at = 0; at + 1 < shipped.hanFold.length; at += 2)
    folded.set(shipped.hanFold.charCodeAt(at), shipped.hanFold.charCodeAt(at + 1));
  return {
    fold: (code) => folded.get(code) ?? foldWidthAndCase(code),
    first: new Set(keys.map((key) => key.charCodeAt(0))),
    longest: Math.max(0, ...keys.map((key) => key.length)),
    terms: (key) => byKey.get(key),
  };
}

/** Where a word is in a sorted list, or -1. */
function indexOf(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = sorted[middle];
    if (found === word) return middle;
    if (found < word) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
