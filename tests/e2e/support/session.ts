import type { Page } from 'playwright-core';
import type { ChromiumSession } from './browsers';

/** The id of a page's tab, asked of the extension's service worker while the page is in front. */
export async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = session.context.serviceWorkers()[0];
  return worker.evaluate(async () => {
    type Tabs = { query(filter: object): Promise<{ id: number }[]> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id;
  });
}

/** The panel page following one tab, as `sidepanel.html?tabId=N`, opened in a tab of its own. */
export async function openPanelFor(session: ChromiumSession, page: Page): Promise<Page> {
  const tabId = await tabIdOf(session, page);
  const panel = await session.context.newPage();
  await panel.goto(`${session.panelUrl}?tabId=${tabId}`);
  return panel;
}
