/** Built by scripts/lexicon-table.ts from content/lexicon. */
declare module 'virtual:lexicon-table' {
  /** The matcher's trie as shipTable (lib/match/table) ships it: the root as JSON, and the levels below it. */
  export const trie: string;
  export const trieLevels: readonly string[];
  /** Its first-word filter (lib/match/firstWords), encoded. */
  export const firstWords: string;
  export const terms: readonly {
    term: string;
    topic: string;
    category: import('../types').TermCategory;
    language: 'en';
  }[];
}

/** Built by scripts/lexicon-table.ts from content/lexicon/chinese.ts; read by compiledHan.ts alone. */
declare module 'virtual:lexicon-table-han' {
  /**
   * JSON of the Han matcher's table (lib/match/han.ts: forms and fold) and the terms as rows of
   * [term, topic index, category index] with their `topics` and `categories`.
   */
  export const hanTable: string;
}

/** Built by scripts/lexicon-table.ts from content/lexicon and content/lexicon/chinese. */
declare module 'virtual:gate-table' {
  /** The gate's table as shipGateTable (lib/gate/table) ships it. */
  export const gateTable: import('../../lib/gate/table').ShippedGateTable;
}
