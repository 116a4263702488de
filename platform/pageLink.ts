import { browser } from 'wxt/browser';
import {
  isMentionShown,
  isPageEvent,
  isPageStatus,
  type MentionShown,
  type PageStatus,
  type PanelRequest,
} from '../lib/protocol/messages';

/**
 * The panel's line to one tab's content script. A tab without one (browser pages, the
 * web store, PDFs, a page still loading) answers nothing: that is `null`, never an error.
 */
async function ask(tabId: number, request: PanelRequest, frameId?: number): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, request, frameId === undefined ? undefined : { frameId });
  } catch {
    return null;
  }
}

export async function requestPageStatus(tabId: number): Promise<PageStatus | null> {
  const answer = await ask(tabId, { type: 'get-page-status' }, 0);
  return isPageStatus(answer) ? answer : null;
}

/** Every frame of the tab highlights; the answer is the top frame's status. */
export async function forceHighlight(tabId: number): Promise<PageStatus | null> {
  await ask(tabId, { type: 'force-highlight' });
  return requestPageStatus(tabId);
}

export async function showNextMention(tabId: number, topic: string): Promise<MentionShown | null> {
  const answer = await ask(tabId, { type: 'show-next-mention', topic }, 0);
  return isMentionShown(answer) ? answer : null;
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

interface TabWatchers {
  /** Another tab became active in this window (only when following the active tab). */
  onActivated(tabId: number): void;
  /** The followed tab started loading a page, or finished. */
  onNavigated(tabId: number, complete: boolean): void;
  /** A content script reported its page's status. */
  onStatus(tabId: number, status: PageStatus): void;
  /** A content script asked the panel to show a topic. */
  onOpenTopic(tabId: number, topic: string): void;
}

/** Listens to tab and content-script events; returns the function that stops listening. */
export function watchTabs(followActive: boolean, watchers: TabWatchers): () => void {
  // A switch in another window leaves this window's active tab as it was: ask again.
  const onActivated = () => {
    if (followActive) void activeTabId().then((tabId) => tabId !== undefined && watchers.onActivated(tabId));
  };
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (change.status) watchers.onNavigated(tabId, change.status === 'complete');
  };
  const onMessage = (message: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0 || !isPageEvent(message)) return undefined;
    if (message.type === 'page-status') watchers.onStatus(tabId, message.status);
    else watchers.onOpenTopic(tabId, message.topic);
    return undefined;
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.runtime.onMessage.addListener(onMessage);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.runtime.onMessage.removeListener(onMessage);
  };
}
