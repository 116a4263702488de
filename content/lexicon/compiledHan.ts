import { hanTable } from 'virtual:lexicon-table-han';
import { createHanMatcher, type HanTable } from '../../lib/match/han';
import type { Matcher } from '../../lib/match/matcher';
import type { TermCategory } from '../types';

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
 * The Chinese vocabulary as the content script carries it, compiled at build time by
 * scripts/lexicon-table.ts: parsed here, when first asked for, which compiled.ts does only for
 * text that holds a Han character. Nothing else imports this module, so it can become a file
 * of its own, injected only into such pages.
 */
export function loadHanLexicon(): { terms: CompiledHanTerm[]; matcher: Matcher } {
  const table = JSON.parse(hanTable) as ShippedHanTable;
  const terms = table.rows.map(([term, topic, category]) => ({
    term,
    topic: table.topics[topic],
    category: table.categories[category],
    language: 'zh' as const,
  }));
  return { terms, matcher: createHanMatcher(table) };
}
