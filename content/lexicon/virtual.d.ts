/** Built by scripts/lexicon-table.ts from content/lexicon. */
declare module 'virtual:lexicon-table' {
  /** The matcher's trie (lib/match/table), as JSON. */
  export const trie: string;
  /** Its first-word filter (lib/match/firstWords), encoded. */
  export const firstWords: string;
  export const terms: readonly { term: string; topic: string; category: import('../types').TermCategory }[];
}
