import { definitionsIn, english } from './views';

/**
 * A plain definition of every lexicon term, by canonical term. The content script, which runs in
 * every frame, never carries them: the card asks the background for them.
 */
export const definitions: Readonly<Record<string, string>> = definitionsIn(english);
