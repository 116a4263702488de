import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { MAX_REGISTERED_RANGES } from '../../lib/highlight/registeringPainter';
import { hostilePages } from '../fixtures/hostile-pages.mjs';
import { waitFor } from './support/browsers';
import { countHighlights } from './support/highlights';
import { BROWSERS, type TestBrowser } from './support/harness';

const snapshot = () => ({ html: document.documentElement.outerHTML, sheets: document.styleSheets.length });

/**
 * Runs in the page: how many of the page's terms show on screen, and how many registered ranges
 * do. The fifty-thousand-matches page repeats five terms, each of them highlighted.
 */
function termsOnScreen(): { terms: number; registered: number } {
  const onScreen = (range: AbstractRange) => {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const rect = live.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < innerHeight && rect.width > 0;
  };
  let terms = 0;
  for (const paragraph of document.querySelectorAll('p')) {
    const text = paragraph.firstChild as Text;
    for (const match of text.data.matchAll(/sciatica|lumbago|osteoporosis|kidney stones|high heels/g)) {
      const end = match.index + match[0].length;
      if (
        onScreen(
          new StaticRange({ startContainer: text, startOffset: match.index, endContainer: text, endOffset: end }),
        )
      )
        terms++;
    }
  }
  let registered = 0;
  CSS.highlights.forEach((highlight) => highlight.forEach((range) => void (onScreen(range) && registered++)));
  return { terms, registered };
}

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

  it('fifty-thousand-matches: counts every mention, registers those around the screen, and follows the reader', async () => {
    const page = await browser.open(`${server.origin}/fifty-thousand-matches.html`);
    const mentionsCounted = async () => {
      const status = (await page.pageStatus()) as { counts: Record<string, number> } | null;
      return Object.values(status?.counts ?? {}).reduce((sum, count) => sum + count, 0);
    };
    await waitFor(async () => (await mentionsCounted()) === 50_000, 30_000);
    await waitFor(async () => (await page.evaluate(countHighlights, undefined)) === MAX_REGISTERED_RANGES);
    const everyTermOnScreenShown = async () => {
      const { terms, registered } = await page.evaluate(termsOnScreen, undefined);
      return terms > 0 && registered === terms;
    };
    await waitFor(everyTermOnScreenShown);
    for (const place of [0.5, 1, 0.2]) {
      await page.evaluate((at) => scrollTo(0, at * (document.documentElement.scrollHeight - innerHeight)), place);
      await waitFor(everyTermOnScreenShown);
      expect(await page.evaluate(countHighlights, undefined)).toBe(MAX_REGISTERED_RANGES);
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
