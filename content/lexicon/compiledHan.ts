import { createHanMatcher, type HanTable } from '../../lib/match/han';
import type { Matcher } from '../../lib/match/matcher';
import type { TermCategory } from '../types';
import { offeredHanTable } from './hanTableSlot';

/** A Chinese term as the content script knows it: what it is called, its topic, how it is painted. */
export interface CompiledHanTerm {
  term: string;
  topic: string;
  category: TermCategory;
  language: 'zh';
}

interface ShippedHanTable extends HanTable {
  rows: readonly (readonly [string, number, number])[];
  topics: readonly string[];
  categories: readonly TermCategory[];
}

/**
 * The Chinese vocabulary, compiled at build time by scripts/lexicon-table.ts and shipped in a file
 * of its own (entrypoints/highlight-han.ts): parsed here, when first asked for, which compiled.ts
 * does only for text that holds a Han character. Null where that file was not injected.
 */
export function loadHanLexicon(): { terms: CompiledHanTerm[]; matcher: Matcher } | null {
  const shipped = offeredHanTable();
  if (shipped === undefined) return null;
  const table = JSON.parse(shipped) as ShippedHanTable;
  const terms = table.rows.map(([term, topic, category]) => ({
    term,
    topic: table.topics[topic],
    category: table.categories[category],
    language: 'zh' as const,
  }));
  return { terms, matcher: createHanMatcher(table) };
}
