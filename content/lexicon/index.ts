import { articleLexicon } from './article';
import { beyondLexicon } from './beyond';
import { treatmentLexicon } from './treatments';

/**
 * Everything the highlighter looks for, in one list whose order the matcher's term indexes
 * refer to. It carries only what matching needs; definitions stay in content/definitions.
 */
export const lexicon = [...articleLexicon, ...beyondLexicon, ...treatmentLexicon];
