import { definitions } from '../content/definitions';
import { redFlags } from '../content/redFlags';
import { lexicon } from '../content/lexicon';
import { chineseLexicon } from '../content/lexicon/chinese';
import { topicById } from '../content/topics';
import { describeTerm } from '../lib/describeTerm';
import type { SignDescription } from '../lib/protocol/messages';
import { handleMessages } from './messaging';

/** Every term a card can be asked about, English and Chinese (whose forms never clash). */
export const termEntries = new Map([...lexicon, ...chineseLexicon].map((entry) => [entry.term, entry]));

/**
 * The background's answer to a term card: definitions and summaries stay here, in the
 * extension, rather than in a content script that runs in every frame of every page.
 */
export function answerTermDescriptions(): void {
  const signs = new Map<string, SignDescription>(redFlags.map((flag) => [flag.id, flag]));
  handleMessages({
    'describe-term': ({ term }) => describeTerm(term, termEntries, definitions, topicById, (id) => signs.get(id)),
  });
}
