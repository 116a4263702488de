import { firstWords, terms, trie, trieLevels } from 'virtual:lexicon-table';
import { combineMatchers, type LoadedMatcher } from '../../lib/match/combined';
import { decodeFilter } from '../../lib/match/firstWords';
import { createMatcher, type Matcher } from '../../lib/match/matcher';
import type { ShippedRoot } from '../../lib/match/table';
import type { LexiconEntry } from '../types';
import { loadHanLexicon } from './compiledHan';

/**
 * A term as the content script knows it: what it is called, its topic, how it is painted, and
 * which vocabulary it is from ('en' the English lexicon, 'zh' the Chinese one).
 */
export type CompiledTerm = Pick<LexiconEntry, 'term' | 'topic' | 'category'> & { language: 'en' | 'zh' };

const allTerms: CompiledTerm[] = [...terms];

/**
 * The lexicon as the content script carries it, compiled at build time by
 * scripts/lexicon-table.ts: the terms in the matcher's order, without their forms. The English
 * terms come first; the Chinese ones follow once a page's text first holds a Han character
 * (no match can name them before).
 */
export const compiledTerms: readonly CompiledTerm[] = allTerms;

let han: LoadedMatcher | undefined;

/**
 * The Chinese vocabulary, parsed once per frame, its terms appended to compiledTerms; null until
 * its file has been injected into the frame.
 */
function hanMatcher(): LoadedMatcher | null {
  if (!han) {
    const loaded = loadHanLexicon();
    if (!loaded) return null;
    han = { matcher: loaded.matcher, offset: allTerms.length };
    allTerms.push(...loaded.terms);
  }
  return han;
}

/**
 * The matcher of the lexicon's forms, from the trie and filter built with the extension, and of
 * the Chinese vocabulary's, loaded for the first text that holds a Han character once its file is in the frame.
 */
export function lexiconMatcher(): Matcher {
  const words = createMatcher(JSON.parse(trie) as ShippedRoot, decodeFilter(firstWords), trieLevels);
  return combineMatchers(words, hanMatcher);
}
