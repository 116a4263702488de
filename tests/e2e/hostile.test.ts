import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { hostilePages } from '../fixtures/hostile-pages.mjs';
import { waitFor } from './support/browsers';
import { countHighlights } from './support/highlights';
import { BROWSERS, type TestBrowser } from './support/harness';

const snapshot = () => ({ html: document.documentElement.outerHTML, sheets: document.styleSheets.length });

describe.each(BROWSERS)('hostile pages in %s', (_name, launch) => {
  let server: PageServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await servePages({ folders: {} });
    for (const hostile of hostilePages) server.route(`/${hostile.name}.html`, hostile.html);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(hostilePages.map((hostile) => [hostile.name, hostile] as const))(
    '%s: no error, highlights correct, the DOM as without the extension',
    async (_, hostile) => {
      const url = `${server.origin}/${hostile.name}.html`;
      const page = await browser.open(url);
      if (hostile.durationMs) {
        await waitFor(
          () => page.evaluate(() => document.body.dataset.done === 'yes', undefined),
          hostile.durationMs * 3,
        );
      }
      await waitFor(async () => (await page.evaluate(countHighlights, undefined)) === hostile.expected, 30_000);
      if (hostile.framesExpected) {
        await waitFor(
          async () =>
            JSON.stringify(await page.evaluateInFrames(countHighlights, undefined)) ===
            JSON.stringify(hostile.framesExpected),
        );
      }
      // A page that rewrites itself never holds still long enough to compare.
      if (!hostile.durationMs) {
        const reference = await browser.openPlain(url);
        expect(await page.evaluate(snapshot, undefined)).toEqual(await reference.evaluate(snapshot, undefined));
        await reference.close();
      }
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );
});
