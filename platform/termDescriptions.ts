import { definitions } from '../content/definitions';
import { redFlags } from '../content/redFlags';
import { lexicon } from '../content/lexicon';
import { topicById } from '../content/topics';
import { describeTerm } from '../lib/describeTerm';
import type { SignDescription } from '../lib/protocol/messages';
import { handleMessages } from './messaging';

/**
 * The background's answer to a term card: definitions and summaries stay here, in the
 * extension, rather than in a content script that runs in every frame of every page.
 */
export function answerTermDescriptions(): void {
  const entries = new Map(lexicon.map((entry) => [entry.term, entry]));
  const signs = new Map<string, SignDescription>(redFlags.map((flag) => [flag.id, flag]));
  handleMessages({
    'describe-term': ({ term }) => describeTerm(term, entries, definitions, topicById, (id) => signs.get(id)),
  });
}
