// Firefox only: the proxy is set through prefs and Firefox's own Remote Settings traffic is allowed; the Chromium twin differs in both.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { firefoxActiveTabId, launchFirefox, openInFirefox, waitFor, type FirefoxSession } from './support/browsers';
import { LONG_PAGE } from './support/pages';
import { pagesDir } from './support/paths';
import { exportFile, firefoxDriver, logEpisodeByKeyboard, showView } from './support/diary';
import { startRecordingProxy } from './support/recordingProxy';

/**
 * Firefox's Remote Settings service polls on its own, add-on or not: the browser's request,
 * not ours, and the only one let through. Anything else off the machine fails the test.
 */
const FIREFOX_OWN = /^CONNECT firefox\.settings\.services\.mozilla\.com:443$/;

describe('privacy in Firefox', () => {
  let server: PageServer;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  let session: FirefoxSession;

  beforeAll(async () => {
    server = await servePages({ folders: { '/': pagesDir } });
    server.route('/long.html', LONG_PAGE);
    proxy = await startRecordingProxy();
    // Everything bound off the machine goes to the recording proxy; loopback goes direct.
    session = await launchFirefox({
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
    });
  });

  afterAll(async () => {
    await session?.close();
    await proxy?.close();
    await server?.close();
  });

  it('sends nothing off the machine while the sidebar page is used and health pages are read', async () => {
    const panel: Page = await session.browser.newPage();
    await openInFirefox(panel, session.panelUrl);
    const tab = await session.browser.newPage();
    await tab.goto(`${server.origin}/long.html`);
    await waitFor(() => tab.evaluate(() => CSS.highlights.size > 0));
    const tabId = await firefoxActiveTabId(panel);
    await openInFirefox(panel, `${session.panelUrl}?tabId=${tabId}`);
    await waitFor(async () => (await panel.$$('button.mentions')).length > 0);

    // DOM clicks: what is measured here is the requests the clicks cause, not pointer input.
    await panel.evaluate(async () => {
      const pause = () => new Promise((done) => setTimeout(done, 100));
      for (const summary of document.querySelectorAll('summary')) summary.click();
      // Every view, and the checklist's search.
      for (const tab of document.querySelectorAll<HTMLElement>('[role="tab"]')) tab.click();
      const search = document.getElementById('topic-search') as HTMLInputElement;
      search.value = 'endometriosis';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      for (const id of ['disc-herniation', 'blood-stasis', 'high-heels'])
        document.getElementById(`tick-${id}`)!.click();
      document.querySelector<HTMLElement>('[data-cause="disc-herniation"] button.mentions')!.click();
      await pause();
      for (const box of document.querySelectorAll<HTMLElement>('.settings input')) {
        box.click();
        await pause();
        box.click();
        await pause();
      }
    });
    // Keys go to the tab in front.
    await panel.bringToFront();
    const diary = firefoxDriver(panel);
    await showView(diary, 'diary');
    await logEpisodeByKeyboard(diary, {
      pain: 5,
      side: 1,
      duration: 0,
      changes: [true, false, false, false],
      note: 'x',
    });
    await exportFile(diary, 'Export as JSON (to import later)');
    const summary = await session.browser.newPage();
    await openInFirefox(summary, session.panelUrl.replace('sidepanel.html', 'summary.html'));
    await waitFor(async () => (await summary.$('.diary-table')) !== null);
    const demo = await session.browser.newPage();
    await demo.goto(`${server.origin}/back-pain.html`);
    await waitFor(() => demo.evaluate(() => CSS.highlights.size > 0));
    await new Promise((done) => setTimeout(done, 1500));

    expect(proxy.requests.filter((request) => !FIREFOX_OWN.test(request))).toEqual([]);
  });
});
