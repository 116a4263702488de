import { definitions } from '../content/definitions';
import { lexicon } from '../content/lexicon';
import { topicById } from '../content/topics';
import { describeTerm } from '../lib/describeTerm';
import { handleMessages } from './messaging';

/**
 * The background's answer to a term card: definitions and summaries stay here, in the
 * extension, rather than in a content script that runs in every frame of every page.
 */
export function answerTermDescriptions(): void {
  const entries = new Map(lexicon.map((entry) => [entry.term, entry]));
  handleMessages({ 'describe-term': ({ term }) => describeTerm(term, entries, definitions, topicById) });
}
