import { expandWords, splitWords } from './variants';
import { ASCII_WORD, isGapChar, isWordCharAt, wordAt } from '../../../../lib/match/words';

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
          level = node.next ??= new Map<string, TrieNode>();
        }
        if (!node) continue;
        if (node.term !== -1 && node.term !== termIndex) {
          throw new AmbiguousFormError(
            `"${words.join(' ')}" is claimed by "${terms[node.term].term}" and "${entry.term}"`,
          );
        }
        node.term = termIndex;
        const first = words[0];
        // `| 0x20` folds an ASCII capital onto its lower case and leaves digits as they are.
        if (/^\p{ASCII}+$/u.test(first)) firstShapes[shapeOf(first.charCodeAt(0) | 0x20, first.length)] = 1;
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
      const longest = candidate ? longestFrom(text, root, start, end, NO_MATCH) : NO_MATCH;
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

const NO_MATCH = { term: -1, end: -1 };

/**
 * The longest term that starts with the word text[start, end) looked up in `level`. A word is
 * looked up by its lower case and, when it has capitals, also as written (abbreviations), so
 * a step may branch in two; lexicons rarely give both branches, and never for long.
 */
function longestFrom(
  text: string,
  level: Map<string, TrieNode>,
  start: number,
  end: number,
  best: { term: number; end: number },
): { term: number; end: number } {
  const word = wordAt(text, start, end);
  const lower = word.toLowerCase();
  best = followWord(text, level.get(lower), end, best);
  return lower === word ? best : followWord(text, level.get(word), end, best);
}

function followWord(
  text: string,
  node: TrieNode | undefined,
  end: number,
  best: { term: number; end: number },
): { term: number; end: number } {
  if (!node) return best;
  if (node.term !== -1 && end > best.end) best = { term: node.term, end };
  if (!node.next) return best;
  let wordStart = end;
  while (wordStart < text.length && isGapChar(text.charCodeAt(wordStart))) wordStart++;
  if (wordStart === end || wordStart >= text.length || !isWordCharAt(text, wordStart)) return best;
  let wordEnd = wordStart + 1;
  while (wordEnd < text.length && isWordCharAt(text, wordEnd)) wordEnd++;
  return longestFrom(text, node.next, wordStart, wordEnd, best);
}

function pruneEmptyLevels(level: Map<string, TrieNode>): void {
  for (const node of level.values()) {
    if (node.next && node.next.size === 0) node.next = null;
    else if (node.next) pruneEmptyLevels(node.next);
  }
}
