// The lexicon, compiled at build time into what the content script carries (issue #12): a word
// trie as JSON (its root, and the levels below first words apart, parsed when reached), its
// first-word filter, and each term's name, topic and category. A page then parses a little JSON
// instead of compiling 2,000 forms, in every frame it loads.
import type { Plugin } from 'vite';
import { lexicon } from '../content/lexicon';
import { encodeFilter, firstWordFilter } from '../lib/match/firstWords';
import { compileTable, shipTable } from '../lib/match/table';

export const LEXICON_TABLE_MODULE = 'virtual:lexicon-table';
const RESOLVED_ID = `\0${LEXICON_TABLE_MODULE}`;

/** The module's source: the trie, its filter, and the terms with their topics and categories numbered once. */
export function lexiconTableSource(): string {
  const table = compileTable(lexicon);
  const shipped = shipTable(table);
  const topics = [...new Set(lexicon.map((entry) => entry.topic))];
  const categories = [...new Set(lexicon.map((entry) => entry.category))];
  const rows = lexicon.map((entry) => [entry.term, topics.indexOf(entry.topic), categories.indexOf(entry.category)]);
  return [
    `export const trie = ${JSON.stringify(shipped.root)};`,
    `export const trieLevels = ${JSON.stringify(shipped.levels)};`,
    `export const firstWords = ${JSON.stringify(encodeFilter(firstWordFilter(table)))};`,
    `const topics = ${JSON.stringify(topics)};`,
    `const categories = ${JSON.stringify(categories)};`,
    `export const terms = ${JSON.stringify(rows)}.map(([term, topic, category]) => ({ term, topic: topics[topic], category: categories[category] }));`,
  ].join('\n');
}

/** Serves `virtual:lexicon-table` to Vite (WXT's build, Vitest). */
export function lexiconTable(): Plugin {
  return {
    name: 'lumbar-lens:lexicon-table',
    resolveId: (id) => (id === LEXICON_TABLE_MODULE ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? lexiconTableSource() : undefined),
  };
}
