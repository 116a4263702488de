import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { hostilePages } from '../fixtures/hostile-pages.mjs';
import { countHighlights } from './support/highlights';
import { launchFirefox, waitFor, type FirefoxSession } from './support/browsers';

describe('hostile pages in Firefox', () => {
  let server: PageServer;
  let session: FirefoxSession;

  beforeAll(async () => {
    server = await servePages({ folders: {} });
    for (const hostile of hostilePages) server.route(`/${hostile.name}.html`, hostile.html);
    session = await launchFirefox();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(hostilePages.map((hostile) => [hostile.name, hostile] as const))(
    '%s: no error and highlights correct',
    async (_, hostile) => {
      const tab: Page = await session.browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => !String(error).includes('broken by the page') && errors.push(String(error)));
      tab.on('console', (message) => message.text().includes('Lumbar Lens') && errors.push(message.text()));
      await tab.goto(`${server.origin}/${hostile.name}.html`);
      if (hostile.durationMs) {
        await waitFor(() => tab.evaluate(() => document.body.dataset.done === 'yes'), hostile.durationMs * 3);
      }
      await waitFor(async () => (await tab.evaluate(countHighlights)) === hostile.expected, 30_000);
      const frames = tab.frames().filter((frame) => frame !== tab.mainFrame());
      for (const [index, expected] of (hostile.framesExpected ?? []).entries()) {
        await waitFor(async () => (await frames[index].evaluate(countHighlights)) === expected);
      }
      expect(errors).toEqual([]);
      await tab.close();
    },
  );
});
