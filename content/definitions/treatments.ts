/** Plain definitions (at most 25 words, our own words) of the terms in lexicon/treatments.ts, by canonical term. */
export const treatmentDefinitions: Record<string, string> = {
  ibuprofen: 'A common painkiller that also reduces swelling.',
};
