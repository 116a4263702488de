import { containsHan, foldFullWidth } from './han';
import type { Match, Matcher, ScanResult } from './matcher';

/** A second matcher, and where its term indexes start in the combined list of terms. */
export interface LoadedMatcher {
  matcher: Matcher;
  offset: number;
}

const FULL_WIDTH = /[\uff01-\uff5e]/;
/** What sends a slice off the plain path: a Han character or a full-width one. One native test. */
const HAN_OR_FULL_WIDTH = /[\p{Script=Han}\uff01-\uff5e]/u;

/**
 * The word matcher and the Han matcher as one: the Han one is loaded (`loadHan`) the first time a
 * slice of text holds a Han character, so a page without Chinese never parses its vocabulary
 * (null while it is not there to load: Han text is then matched by the word matcher alone).
 * Both find their matches in the same slice; they merge in text order, and where two overlap the
 * longer wins (the earlier when they are as long).
 */
export function combineMatchers(words: Matcher, loadHan: () => LoadedMatcher | null): Matcher {
  let han: LoadedMatcher | null = null;
  // The last text read through the width fold, so a long text is folded once, not per slice.
  let widthFoldedFrom = '';
  let widthFolded = '';

  function wordText(text: string, from: number, to: number): string {
    if (!FULL_WIDTH.test(text.slice(from, to))) return text;
    if (text !== widthFoldedFrom) {
      widthFoldedFrom = text;
      widthFolded = foldFullWidth(text);
    }
    return widthFolded;
  }

  function scan(text: string, from: number, budget: number): ScanResult {
    const stop = Math.min(text.length, from + budget);
    if (!HAN_OR_FULL_WIDTH.test(text.slice(from, stop))) return words.scan(text, from, budget);
    const found = words.scan(wordText(text, from, stop), from, budget);
    const window = text.slice(from, Math.max(found.next, stop));
    if (!containsHan(window)) return found;
    han ??= loadHan();
    if (!han) return found;
    const { matches, next } = han.matcher.scan(text, from, found.next - from);
    if (matches.length === 0) return found;
    const offset = han.offset;
    const shifted = matches.map((match) => ({ start: match.start, end: match.end, term: match.term + offset }));
    return { matches: mergeMatches(found.matches, shifted), next: Math.max(found.next, next) };
  }

  return { find: (text) => scan(text, 0, text.length).matches, scan };
}

/** Two lists of matches, each in text order, as one: on overlap the longer stays. */
export function mergeMatches(first: readonly Match[], second: readonly Match[]): Match[] {
  const all = [...first, ...second].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const match of all) {
    const last = kept[kept.length - 1];
    if (!last || match.start >= last.end) kept.push(match);
    else if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match;
  }
  return kept;
}
