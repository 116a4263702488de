import { browser } from 'wxt/browser';
import { definitions } from '../content/definitions';
import { lexicon } from '../content/lexicon';
import { topicById } from '../content/topics';
import { describeTerm } from '../lib/describeTerm';
import { isExtensionRequest } from '../lib/protocol/messages';

/**
 * The background's answer to a term card: definitions and summaries stay here, in the
 * extension, rather than in a content script that runs in every frame of every page.
 */
export function answerTermDescriptions(): void {
  const entries = new Map(lexicon.map((entry) => [entry.term, entry]));
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isExtensionRequest(message)) return undefined;
    return Promise.resolve(describeTerm(message.term, entries, definitions, topicById));
  });
}
