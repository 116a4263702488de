/** Plain definitions (at most 25 words, our own words) of the terms in lexicon/beyond.ts, by canonical term. */
export const beyondDefinitions: Record<string, string> = {
  'urinary tract infection': 'An infection, usually caused by bacteria, in the bladder, the tube that carries pee out, or the kidneys.',
};
