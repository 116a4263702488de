import { browser } from 'wxt/browser';
import { isTermDescription, type ExtensionRequest, type TermDescription } from '../lib/protocol/messages';

/** A content script's question to the background; null when it has no answer (say, after an update). */
export async function askTermDescription(term: string): Promise<TermDescription | null> {
  const request: ExtensionRequest = { type: 'describe-term', term };
  const answer: unknown = await browser.runtime.sendMessage(request).catch(() => null);
  return isTermDescription(answer) ? answer : null;
}
