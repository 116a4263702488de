/** Plain definitions (at most 25 words, our own words) of the terms in lexicon/article.ts, by canonical term. */
export const articleDefinitions: Record<string, string> = {
  'low back pain': 'Pain in the lower part of the back, between the bottom of the ribs and the top of the legs.',
};
