/** Built by scripts/lexicon-table.ts from content/lexicon. */
declare module 'virtual:lexicon-table' {
  /** The matcher's trie as shipTable (lib/match/table) ships it: the root as JSON, and the levels below it. */
  export const trie: string;
  export const trieLevels: readonly string[];
  /** Its first-word filter (lib/match/firstWords), encoded. */
  export const firstWords: string;
  export const terms: readonly { term: string; topic: string; category: import('../types').TermCategory }[];
}
