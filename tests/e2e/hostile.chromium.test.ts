import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { hostilePages } from '../fixtures/hostile-pages.mjs';
import { countHighlights } from './support/highlights';
import { launchChromium, launchPlainChromium, type ChromiumSession } from './support/browsers';

describe('hostile pages in Chromium', () => {
  let server: PageServer;
  let session: ChromiumSession;
  let plain: Browser;

  beforeAll(async () => {
    server = await servePages({ folders: {} });
    for (const hostile of hostilePages) server.route(`/${hostile.name}.html`, hostile.html);
    session = await launchChromium();
    plain = await launchPlainChromium();
  });

  afterAll(async () => {
    await plain?.close();
    await session?.close();
    await server?.close();
  });

  async function settled(tab: Page, durationMs = 0): Promise<void> {
    if (durationMs)
      await tab.waitForFunction(() => document.body.dataset.done === 'yes', null, { timeout: durationMs * 3 });
  }

  it.each(hostilePages.map((hostile) => [hostile.name, hostile] as const))(
    '%s: no error, highlights correct, DOM as without the extension',
    async (_, hostile) => {
      const tab = await session.context.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => !error.message.includes('broken by the page') && errors.push(error.message));
      tab.on('console', (message) => message.text().includes('Lumbar Lens') && errors.push(message.text()));
      await tab.goto(`${server.origin}/${hostile.name}.html`);
      await settled(tab, hostile.durationMs);
      await expect.poll(() => tab.evaluate(countHighlights), { timeout: 20_000 }).toBe(hostile.expected);

      const frames = tab.frames().filter((frame) => frame !== tab.mainFrame());
      for (const [index, expected] of (hostile.framesExpected ?? []).entries()) {
        await expect.poll(() => frames[index].evaluate(countHighlights)).toBe(expected);
      }

      if (!hostile.durationMs) {
        const reference = await plain.newPage();
        await reference.goto(`${server.origin}/${hostile.name}.html`);
        const serialize = () => document.documentElement.outerHTML.length + ':' + document.styleSheets.length;
        expect(await tab.evaluate(serialize)).toBe(await reference.evaluate(serialize));
        await reference.close();
      }
      expect(errors).toEqual([]);
      await tab.close();
    },
  );
});
