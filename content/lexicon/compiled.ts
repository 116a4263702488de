import { terms, trie } from 'virtual:lexicon-table';
import type { TrieLevel } from '../../lib/match/table';
import type { LexiconEntry } from '../types';

/** A term as the content script knows it: what it is called, its topic, how it is painted. */
export type CompiledTerm = Pick<LexiconEntry, 'term' | 'topic' | 'category'>;

/**
 * The lexicon as the content script carries it, compiled at build time by
 * scripts/lexicon-table.ts: the terms in the matcher's order, without their forms.
 */
export const compiledTerms: readonly CompiledTerm[] = terms;

/** The forms, as the matcher's trie: parsed when first needed. */
export function lexiconTrie(): TrieLevel {
  return JSON.parse(trie) as TrieLevel;
}
