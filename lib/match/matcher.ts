import { expandWords } from './variants';
import { ASCII_WORD, isGapChar, isWordCharAt, splitWords, wordKey } from './words';

export interface MatcherTerm {
  term: string;
  variants?: readonly string[];
}

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

interface TrieNode {
  term: number;
  next: Map<string, TrieNode> | null;
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

/** Word lengths told apart by the first-word filter; longer words share the last slot. */
const SHAPE_LENGTHS = 32;

function shapeOf(lowerCaseCode: number, length: number): number {
  return lowerCaseCode * SHAPE_LENGTHS + Math.min(length, SHAPE_LENGTHS - 1);
}

/** A form claimed by two different terms: the lexicon must say which one it means. */
export class AmbiguousFormError extends Error {}

/**
 * Compiles every term and variant into one word trie. Matching is a single pass over the
 * text that looks each word up once: no regular expression per term, no re-scanning.
 */
export function compileMatcher(terms: readonly MatcherTerm[]): Matcher {
  const root = new Map<string, TrieNode>();
  // The first letter and length of every first word: most words of a page match neither,
  // and are skipped without building their key. Non-ASCII first words are always looked up.
  const firstShapes = new Uint8Array(128 * SHAPE_LENGTHS);
  let anyNonAsciiStart = false;

  terms.forEach((entry, termIndex) => {
    for (const form of [entry.term, ...(entry.variants ?? [])]) {
      for (const words of expandWords(splitWords(form))) {
        let level = root;
        let node: TrieNode | undefined;
        for (const word of words) {
          node = level.get(word);
          if (!node) {
            node = { term: -1, next: null };
            level.set(word, node);
          }
          level = node.next ??= new Map();
        }
        if (!node) continue;
        if (node.term !== -1 && node.term !== termIndex) {
          throw new AmbiguousFormError(
            `"${words.join(' ')}" is claimed by "${terms[node.term].term}" and "${entry.term}"`,
          );
        }
        node.term = termIndex;
        const first = words[0];
        if (/^[\x00-\x7f]+$/.test(first)) firstShapes[shapeOf(first.charCodeAt(0), first.length)] = 1;
        else anyNonAsciiStart = true;
      }
    }
  });
  pruneEmptyLevels(root);

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
      for (let next = text.charCodeAt(end); end < length; next = text.charCodeAt(++end)) {
        if (next < 128) {
          if (ASCII_WORD[next] === 0) break;
        } else if (isWordCharAt(text, end)) ascii = false;
        else break;
      }
      const candidate = ascii ? firstShapes[shapeOf(code | 0x20, end - start)] === 1 : anyNonAsciiStart || code < 128;
      const node = candidate ? root.get(wordKey(text, start, end)) : undefined;
      if (node) {
        const longest = longestFrom(text, node, end);
        if (longest.term !== -1) {
          matches.push({ start, end: longest.end, term: longest.term });
          index = longest.end;
          continue;
        }
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

function longestFrom(text: string, first: TrieNode, firstEnd: number): { term: number; end: number } {
  let best = { term: first.term, end: firstEnd };
  let node = first;
  let position = firstEnd;
  while (node.next) {
    let wordStart = position;
    while (wordStart < text.length && isGapChar(text.charCodeAt(wordStart))) wordStart++;
    if (wordStart === position || wordStart >= text.length || !isWordCharAt(text, wordStart)) break;
    let wordEnd = wordStart + 1;
    while (wordEnd < text.length && isWordCharAt(text, wordEnd)) wordEnd++;
    const child = node.next.get(wordKey(text, wordStart, wordEnd));
    if (!child) break;
    node = child;
    position = wordEnd;
    if (node.term !== -1) best = { term: node.term, end: wordEnd };
  }
  return best;
}

function pruneEmptyLevels(level: Map<string, TrieNode>): void {
  for (const node of level.values()) {
    if (node.next && node.next.size === 0) node.next = null;
    else if (node.next) pruneEmptyLevels(node.next);
  }
}
