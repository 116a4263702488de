import { browser } from 'wxt/browser';
import { parseAnswer, parseMessage, type Answer, type Message, type MessageType } from '../lib/protocol/messages';

export interface Sender {
  tabId?: number | undefined;
  frameId?: number | undefined;
}

type Handlers = {
  [T in MessageType]?: (message: Message<T>, sender: Sender) => Answer<T> | Promise<Answer<T>> | undefined;
};

/**
 * Asks a tab's content script. A tab without one (browser pages, the web stores, PDFs, a page
 * still loading) or a malformed answer is `null`, never an error.
 */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  message: Message<T>,
  frameId?: number,
): Promise<Answer<T> | null> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(
      tabId,
      message,
      frameId === undefined ? undefined : { frameId },
    );
    return parseAnswer(message.type as T, answer);
  } catch {
    return null;
  }
}

/** Tells or asks the extension's own pages and background; nobody listening, or a bad answer, is `null`. */
export async function sendToExtension<T extends MessageType>(message: Message<T>): Promise<Answer<T> | null> {
  try {
    return parseAnswer(message.type as T, await browser.runtime.sendMessage(message));
  } catch {
    return null;
  }
}

/**
 * Answers the messages it has handlers for, each checked against the protocol first; anything
 * else is left to other listeners. Returns the function that stops listening.
 *
 * Answers go through `sendResponse`, which every browser's own API and webextension-polyfill
 * accept alike: the content script runs on the browser's own API, the extension's pages on the
 * polyfill. A handler that fails answers null, as an unanswered message does.
 */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (
    value: unknown,
    sender: { tab?: { id?: number }; frameId?: number },
    sendResponse: (answer: unknown) => void,
  ): true | undefined => {
    const message = parseMessage(value);
    const handler = message && handlers[message.type];
    if (!message || !handler) return undefined;
    let answer: unknown;
    try {
      answer = handler(message as never, { tabId: sender.tab?.id, frameId: sender.frameId });
    } catch (error) {
      answer = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (answer === undefined) return undefined;
    Promise.resolve(answer).then(sendResponse, () => sendResponse(null));
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
