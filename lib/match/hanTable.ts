import { BLOCKING, foldTable, foldText, type HanTable } from './han';
import { AmbiguousFormError } from './table';

/** A Chinese term's forms as the build hands them over. */
export interface HanTermForms {
  /** Forms the vocabulary lists (Simplified, and Traditional ones written by hand). */
  listed: readonly string[];
  /** Forms made from them by conversion (Traditional): a form another term lists stays that term's. */
  generated: readonly string[];
}

/**
 * The table createHanMatcher reads: every form folded as a page's text will be, each with its
 * term's index, and the words never marked alone (BLOCKING) where no term claims them.
 */
export function compileHanTable(
  terms: readonly HanTermForms[],
  blockingWords: readonly string[],
  foldPairs: string,
): HanTable {
  const fold = foldTable(foldPairs);
  const owner = new Map<string, number>();
  terms.forEach((term, index) => {
    for (const form of term.listed) {
      const folded = foldText(form, fold);
      const claimed = owner.get(folded);
      if (claimed !== undefined && claimed !== index) {
        throw new AmbiguousFormError(`"${form}" is claimed by two Chinese terms (${claimed} and ${index})`);
      }
      if (folded !== '') owner.set(folded, index);
    }
  });
  terms.forEach((term, index) => {
    for (const form of term.generated) {
      const folded = foldText(form, fold);
      if (folded !== '' && !owner.has(folded)) owner.set(folded, index);
    }
  });
  for (const word of blockingWords) {
    const folded = foldText(word, fold);
    if (folded !== '' && !owner.has(folded)) owner.set(folded, BLOCKING);
  }
  return { forms: [...owner], fold: foldPairs };
}
