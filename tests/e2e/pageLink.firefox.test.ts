import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { firefoxActiveTabId, launchFirefox, openInFirefox, waitFor, type FirefoxSession } from './support/browsers';
import { LONG_PAGE } from './support/pages';

describe('the panel and the page, in Firefox', () => {
  let server: PageServer;
  let session: FirefoxSession;
  let panel: Page;
  let tab: Page;

  beforeAll(async () => {
    server = await servePages({ folders: {}, headers: { 'content-security-policy': "script-src 'none'" } });
    server.route('/long.html', LONG_PAGE);
    session = await launchFirefox({ 'ui.prefersReducedMotion': 1 });
    panel = await session.browser.newPage();
    await openInFirefox(panel, session.panelUrl);
    tab = await session.browser.newPage();
    await tab.setViewport({ width: 900, height: 600 });
    await tab.goto(`${server.origin}/long.html`);
    await waitFor(() => tab.evaluate(() => CSS.highlights.size > 0));
    // The page's tab is the active one now: the panel asks for its id, then follows it.
    const tabId = await firefoxActiveTabId(panel);
    await openInFirefox(panel, `${session.panelUrl}?tabId=${tabId}`);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const buttonNames = (cause: string) =>
    panel.$$eval(`[data-cause="${cause}"] button.mentions`, (buttons) => buttons.map((button) => button.textContent));

  it('shows each cause’s mentions on the page', async () => {
    await waitFor(async () => (await buttonNames('disc-herniation'))[0] === '3 mentions on this page');
    expect(await buttonNames('high-heels')).toEqual(['1 mention on this page']);
    expect(await buttonNames('sex-position')).toEqual(['0 mentions on this page']);
  });

  it('jumps to the next mention and marks it as current', async () => {
    const scrolls: number[] = [];
    for (let step = 1; step <= 3; step++) {
      await panel.click('[data-cause="disc-herniation"] button.mentions');
      await waitFor(
        async () =>
          (await panel.$eval('.page .status', (status) => status.textContent)) ===
          `Showing mention ${step} of 3 on the page.`,
      );
      scrolls.push(await tab.evaluate(() => Math.round(scrollY)));
    }
    expect(scrolls[1]).toBeGreaterThan(500);
    expect(scrolls[2]).toBeGreaterThan(scrolls[1]);
    expect(await tab.evaluate(() => CSS.highlights.get('lumbar-lens-current')?.size)).toBe(1);
  });

  it('shows a card on hover, and its "Open in panel" brings the panel to the cause', async () => {
    await tab.evaluate(() => scrollTo(0, 0));
    const before = await tab.evaluate(() => document.documentElement.outerHTML);
    const point = await tab.evaluate(() => {
      const range = document.createRange();
      const text = document.getElementById('first')!.firstChild!;
      range.setStart(text, 2);
      range.setEnd(text, 16);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await tab.mouse.move(point.x - 5, point.y);
    await tab.mouse.move(point.x, point.y);
    await waitFor(() => tab.evaluate(() => document.querySelector('lumbar-lens-card') !== null));

    // The card's shadow root is closed: its "Open in panel" button sits at its bottom left.
    const card = await tab.evaluate(() => {
      const rect = document.querySelector('lumbar-lens-card')!.getBoundingClientRect();
      return { left: rect.left, bottom: rect.bottom };
    });
    await tab.mouse.click(card.left + 24, card.bottom - 20);
    await waitFor(() => panel.evaluate(() => document.activeElement?.id === 'tick-disc-herniation'));

    await tab.keyboard.press('Escape');
    await waitFor(() => tab.evaluate(() => document.querySelector('lumbar-lens-card') === null));
    expect(await tab.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });
});
