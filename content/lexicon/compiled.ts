import { firstWords, terms, trie, trieLevels } from 'virtual:lexicon-table';
import { decodeFilter } from '../../lib/match/firstWords';
import { createMatcher, type Matcher } from '../../lib/match/matcher';
import type { ShippedRoot } from '../../lib/match/table';
import type { LexiconEntry } from '../types';

/** A term as the content script knows it: what it is called, its topic, how it is painted. */
export type CompiledTerm = Pick<LexiconEntry, 'term' | 'topic' | 'category'>;

/**
 * The lexicon as the content script carries it, compiled at build time by
 * scripts/lexicon-table.ts: the terms in the matcher's order, without their forms.
 */
export const compiledTerms: readonly CompiledTerm[] = terms;

/** The matcher of the lexicon's forms, from the trie and filter built with the extension. */
export function lexiconMatcher(): Matcher {
  return createMatcher(JSON.parse(trie) as ShippedRoot, decodeFilter(firstWords), trieLevels);
}
