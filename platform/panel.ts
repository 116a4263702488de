import { browser } from 'wxt/browser';
import type { PanelPlace } from '../lib/protocol/messages';
import { PENDING_TOPIC_KEY, parsePendingTopic, type PendingTopic } from '../lib/settings/pendingTopic';
import { handleMessages } from './messaging';

/** Firefox's sidebar API, which Chrome's types do not describe. */
interface SidebarAction {
  toggle(): Promise<void>;
  open(): Promise<void>;
}

function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/** The toolbar button opens the panel: Chrome's side panel, or Firefox's sidebar. */
export function openPanelOnToolbarClick(): void {
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  // sidebarAction.toggle must run inside the click handler, while the user gesture lasts.
  action.onClicked.addListener(() => void sidebarAction()?.toggle());
}

/**
 * A term card's "Open in panel": open the panel for the card's tab and leave the topic for
 * it. Opening must start at once, inside the user's click; Firefox may still refuse, and
 * then the card tells the user to use the toolbar button.
 */
export function openPanelOnRequest(): void {
  handleMessages({
    'open-topic'({ topic, sign }, { tabId }) {
      if (tabId === undefined) return undefined;
      const opening = browser.sidePanel ? browser.sidePanel.open({ tabId }) : sidebarAction()?.open();
      const pending: PendingTopic = { topic, sign, tabId, at: Date.now() };
      return Promise.all([opening, browser.storage.session?.set({ [PENDING_TOPIC_KEY]: pending })]).then(
        () => true,
        () => false,
      );
    },
  });
}

/** The place a card asked the panel to show, once, if it was asked for lately. */
export async function takePendingTopic(): Promise<PanelPlace | null> {
  if (!browser.storage.session) return null;
  const stored = (await browser.storage.session.get(PENDING_TOPIC_KEY))[PENDING_TOPIC_KEY];
  await browser.storage.session.remove(PENDING_TOPIC_KEY);
  return parsePendingTopic(stored, Date.now());
}
