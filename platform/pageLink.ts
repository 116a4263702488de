import { browser } from 'wxt/browser';
import type { Direction, MentionShown, PageStatus, PanelPlace } from '../lib/protocol/messages';
import { handleMessages, sendToTab, type Sender } from './messaging';

/** The top frame's status: its counts are the page's. */
export function requestPageStatus(tabId: number): Promise<PageStatus | null> {
  return sendToTab(tabId, { type: 'get-page-status' }, 0);
}

/** Every frame of the tab highlights; the answer is the top frame's status. */
export async function forceHighlight(tabId: number): Promise<PageStatus | null> {
  await sendToTab(tabId, { type: 'force-highlight' });
  return requestPageStatus(tabId);
}

export function showNextMention(tabId: number, topic: string): Promise<MentionShown | null> {
  return sendToTab(tabId, { type: 'show-next-mention', topic }, 0);
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
  onOpenTopic(tabId: number, place: PanelPlace): void;
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
  // Only a top frame speaks for its page.
  const fromTopFrame = ({ tabId, frameId }: Sender) => (frameId === 0 ? tabId : undefined);
  const stopHandling = handleMessages({
    'page-status'({ status }, sender) {
      const tabId = fromTopFrame(sender);
      if (tabId !== undefined) watchers.onStatus(tabId, status);
      return undefined;
    },
    'open-topic'({ topic, sign }, sender) {
      const tabId = fromTopFrame(sender);
      if (tabId !== undefined) watchers.onOpenTopic(tabId, { topic, sign });
      // The background answers whether the panel opened.
      return undefined;
    },
  });
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    stopHandling();
  };
}

export function getMentions(tabId: number, topic: string | null, offset: number, limit: number) {
  return sendToTab(tabId, { type: 'get-mentions', topic, offset, limit }, 0);
}

export function showMention(tabId: number, topic: string | null, index: number): Promise<MentionShown | null> {
  return sendToTab(tabId, { type: 'show-mention', topic, index }, 0);
}

export function stepMention(tabId: number, topic: string | null, direction: Direction): Promise<MentionShown | null> {
  return sendToTab(tabId, { type: 'step-mention', topic, direction }, 0);
}
