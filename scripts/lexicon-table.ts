// The lexicon, compiled at build time into what the content script carries (issue #12): a word
// trie as JSON (its root, and the levels below first words apart, parsed when reached), its
// first-word filter, and each term's name, topic and category. A page then parses a little JSON
// instead of compiling 2,000 forms, in every frame it loads. The Chinese vocabulary is compiled
// into a module of its own, which the content script parses only on a page holding Han text.
import type { Plugin } from 'vite';
import { lexicon } from '../content/lexicon';
import { chineseLexicon, generalChineseWords } from '../content/lexicon/chinese';
import { compileGateTable, shipGateTable } from '../lib/gate/table';
import { encodeFilter, firstWordFilter } from '../lib/match/firstWords';
import { compileTable, shipTable } from '../lib/match/table';
import { buildHanTable } from './chineseScripts';

// The gate's table (lib/gate/table) is a module of its own: the gate carries it, not the trie.
const SOURCES: Record<string, () => string> = {
  'virtual:lexicon-table': lexiconTableSource,
  'virtual:lexicon-table-han': hanTableSource,
  'virtual:gate-table': gateTableSource,
};

/** The source of one of the table modules by its id, or undefined for any other id. */
export function tableModuleSource(id: string): string | undefined {
  return Object.hasOwn(SOURCES, id) ? SOURCES[id]() : undefined;
}

/** Terms as rows of [term, topic, category], topics and categories numbered once. */
function termRows(entries: readonly { term: string; topic: string; category: string }[]) {
  const topics = [...new Set(entries.map((entry) => entry.topic))];
  const categories = [...new Set(entries.map((entry) => entry.category))];
  const rows = entries.map((entry) => [entry.term, topics.indexOf(entry.topic), categories.indexOf(entry.category)]);
  return { topics, categories, rows };
}

/** The module's source: the trie, its filter, and the terms with their topics and categories numbered once. */
function lexiconTableSource(): string {
  const table = compileTable(lexicon);
  const shipped = shipTable(table);
  const { topics, categories, rows } = termRows(lexicon);
  return [
    `export const trie = ${JSON.stringify(shipped.root)};`,
    `export const trieLevels = ${JSON.stringify(shipped.levels)};`,
    `export const firstWords = ${JSON.stringify(encodeFilter(firstWordFilter(table)))};`,
    `const topics = ${JSON.stringify(topics)};`,
    `const categories = ${JSON.stringify(categories)};`,
    `export const terms = ${JSON.stringify(rows)}.map(([term, topic, category]) => ({ term, topic: topics[topic], category: categories[category], language: 'en' }));`,
  ].join('\n');
}

/**
 * The Chinese vocabulary as the matcher reads it (buildHanTable) and its terms, in one JSON
 * string, which a page parses only once its text holds a Han character.
 */
function hanTableSource(): string {
  const table = buildHanTable(chineseLexicon, generalChineseWords);
  return `export const hanTable = ${JSON.stringify(JSON.stringify({ ...table, ...termRows(chineseLexicon) }))};`;
}

/** The gate module's source: its table as the few strings a page splits (lib/gate/table). */
function gateTableSource(): string {
  const han = { table: buildHanTable(chineseLexicon, generalChineseWords), terms: chineseLexicon };
  const table = compileGateTable(compileTable(lexicon), lexicon, han);
  return `export const gateTable = ${JSON.stringify(shipGateTable(table))};`;
}

/** Serves `virtual:lexicon-table`, `virtual:lexicon-table-han` and `virtual:gate-table` to Vite (WXT's build, Vitest). */
export function lexiconTable(): Plugin {
  return {
    name: 'lumbar-lens:lexicon-table',
    resolveId: (id) => (Object.hasOwn(SOURCES, id) ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? tableModuleSource(id.slice(1)) : undefined),
  };
}
