// Chromium only: the proxy is set by a launch flag and Chromium's own traffic is its own; the Firefox twin sets prefs and allows Remote Settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { launchChromium, type ChromiumSession } from './support/browsers';
import { LONG_PAGE } from './support/pages';
import { pagesDir } from './support/paths';
import { startRecordingProxy } from './support/recordingProxy';
import { openPanelFor } from './support/session';

/**
 * Chromium itself, with no extension loaded, checks for extension updates and Google account
 * state on its own schedule; those requests are the browser's, not ours, and are the only
 * ones let through. Anything else off the machine fails the test.
 */
const CHROMIUM_OWN =
  /^(?:CONNECT (?:accounts\.google\.com|update\.googleapis\.com):443|POST http:\/\/update\.googleapis\.com\/service\/update2\/)/;

describe('privacy in Chromium', () => {
  let server: PageServer;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  let session: ChromiumSession;
  const seen: string[] = [];

  beforeAll(async () => {
    server = await servePages({ folders: { '/': pagesDir } });
    server.route('/long.html', LONG_PAGE);
    proxy = await startRecordingProxy();
    // Every request not bound for this machine goes to the proxy, from pages, the panel and
    // the service worker alike; loopback goes straight to the test server.
    session = await launchChromium({ args: [`--proxy-server=http://127.0.0.1:${proxy.port}`] });
    session.context.on('request', (request) => seen.push(request.url()));
  });

  afterAll(async () => {
    await session?.close();
    await proxy?.close();
    await server?.close();
  });

  it('sends nothing off the machine while the panel is used and health pages are read', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${server.origin}/long.html`);
    await tab.waitForFunction(() => CSS.highlights.size > 0);
    const panel = await openPanelFor(session, tab);

    const view = (name: string) => panel.getByRole('tab', { name }).click();
    for (const name of ['This page', 'Checklist', 'Diary']) {
      await view(name);
      const closed = panel.locator('.group-toggle[aria-expanded="false"]:visible');
      for (let left = 10; left > 0 && (await closed.count()) > 0; left--) await closed.first().click();
      for (const summary of await panel.locator('summary:visible').all()) await summary.click();
    }
    await view('Checklist');
    for (const title of ['Lumbar disc herniation', 'Blood stasis', 'Wearing high heels for a long time']) {
      await panel.getByRole('checkbox', { name: `May apply to me: ${title}` }).check();
    }
    await panel.getByRole('searchbox', { name: 'Find a topic' }).fill('endometriosis');
    await panel.getByRole('searchbox', { name: 'Find a topic' }).fill('');
    await panel.locator('[data-cause="disc-herniation"] button.mentions').click();
    await view('Summary');
    await panel.getByRole('button', { name: 'Copy summary for my doctor' }).click();
    await view('This page');
    await panel.getByRole('checkbox', { name: 'Highlight on 127.0.0.1' }).uncheck();
    await panel.getByRole('checkbox', { name: 'Highlight on 127.0.0.1' }).check();
    await panel.getByRole('checkbox', { name: 'Highlight terms on health pages' }).uncheck();
    await panel.getByRole('checkbox', { name: 'Highlight terms on health pages' }).check();
    await view('Summary');
    await panel.getByRole('button', { name: 'Clear ticks' }).click();
    await view('Diary');
    for (const [group, choice] of [
      [/^Pain, from 0/, '6'],
      ['Where', 'Left'],
      ['How long it lasted', 'Hours'],
      ['What was different this time?', 'Another position'],
    ] as const) {
      await panel.getByRole('group', { name: group }).first().getByLabel(choice).check();
    }
    await panel.getByRole('button', { name: 'Log episode' }).click();
    await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export as CSV (spreadsheet)' }).click(),
    ]);
    await view('Summary');
    const [summary] = await Promise.all([
      session.context.waitForEvent('page'),
      panel.getByRole('button', { name: 'Open a printable summary' }).click(),
    ]);
    await summary.reload();
    await summary.locator('.diary-table').waitFor();
    await panel.reload();

    const demo = await session.context.newPage();
    await demo.goto(`${server.origin}/back-pain.html`);
    await demo.waitForFunction(() => CSS.highlights.size > 0);
    const point = await demo.evaluate(() => {
      const text = document.querySelector('h2 + p')!.firstChild!;
      const range = document.createRange();
      range.selectNodeContents(text);
      const rect = range.getClientRects()[0];
      return { x: rect.left + 40, y: rect.top + rect.height / 2 };
    });
    await demo.mouse.move(point.x, point.y);
    await demo.waitForTimeout(1500);

    expect(proxy.requests.filter((request) => !CHROMIUM_OWN.test(request))).toEqual([]);
    const offMachine = seen.filter(
      (url) => !url.startsWith(server.origin) && !/^(blob:)?chrome-extension:\/\//.test(url),
    );
    expect(offMachine).toEqual([]);
    expect(seen.some((url) => url.startsWith(server.origin))).toBe(true);
  });
});
