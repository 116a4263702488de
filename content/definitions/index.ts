import { articleDefinitions } from './article';
import { beyondDefinitions } from './beyond';
import { treatmentDefinitions } from './treatments';

/**
 * A plain definition of every lexicon term, by canonical term. Kept apart from the lexicon so
 * the content script, which runs in every frame, never carries them: the card asks for them.
 */
export const definitions: Readonly<Record<string, string>> = {
  ...articleDefinitions,
  ...beyondDefinitions,
  ...treatmentDefinitions,
};
