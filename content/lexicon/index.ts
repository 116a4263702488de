import { englishLexicon } from '../views';

/**
 * Everything the highlighter looks for in English, in one list whose order the matcher's term
 * indexes refer to. It carries only what matching needs; definitions stay in the records.
 */
export const lexicon = englishLexicon();
