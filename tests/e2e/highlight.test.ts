import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { waitFor } from './support/browsers';
import { readHighlights, texts } from './support/highlights';
import { BROWSERS, type TestBrowser, type TestPage } from './support/harness';
import { HIGHLIGHT_TEST_PAGES } from './support/pages';
import { pagesDir } from './support/paths';
import { judged } from './support/status';

const CSP = { 'content-security-policy': "script-src 'none'" };
const HEALTH_DOMAIN = 'www.nhs.uk';

/** The page's highlighted texts, once its content script has judged it and painted. */
async function painted(page: TestPage): Promise<string[]> {
  return texts(await page.evaluate(readHighlights, undefined));
}

/** Runs in the page before its own code: keeps every message posted to the page's window. */
function listenForMessages(): void {
  const heard: string[] = [];
  Object.assign(window, { heardMessages: heard });
  addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
}

const snapshot = () => ({
  html: document.documentElement.outerHTML,
  sheets: document.styleSheets.length,
  messages: (window as unknown as { heardMessages: string[] }).heardMessages,
});
const highlightCount = () => CSS.highlights.size;

describe.each(BROWSERS)('highlighting in %s', (_name, launch) => {
  let server: PageServer;
  let browser: TestBrowser;
  const url = (path: string) => server.origin + path;

  beforeAll(async () => {
    server = await servePages({ folders: { '/': pagesDir }, headers: CSP });
    for (const [path, html] of Object.entries(HIGHLIGHT_TEST_PAGES)) server.route(path, html);
    browser = await launch({ localHosts: [HEALTH_DOMAIN] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights terms across inline elements, never across blocks, and nothing it must leave alone', async () => {
    const page = await browser.open(url('/exclusions.html'));
    await expect
      .poll(() => painted(page))
      .toEqual(['Back pain', 'Low back pain', 'herniated disc', 'sacroiliac joint', 'sacroiliac joint strain'].sort());
    const ranges = await page.evaluate(readHighlights, undefined);
    expect(ranges.filter((range) => range.excluded)).toEqual([]);
    expect(ranges.find((range) => range.text === 'herniated disc')?.highlight).toBe('lumbar-lens-condition');
    expect(ranges.find((range) => range.text === 'sacroiliac joint')?.highlight).toBe('lumbar-lens-anatomy');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('judges a shop page that says "high heels" not a health page, and paints nothing there', async () => {
    const page = await browser.open(url('/fashion.html'));
    // Only once the script has run and judged the page does "no highlights" mean anything.
    expect(await judged(page)).toEqual(expect.objectContaining({ verdict: 'not-health', state: 'not-health' }));
    expect(await page.evaluate(highlightCount, undefined)).toBe(0);
    await page.close();
  });

  it('turns on for a curated health domain, for medical markup and for a page dense in terms', async () => {
    const nhs = await browser.open(url('/nhs-article.html').replace('127.0.0.1', HEALTH_DOMAIN));
    await expect.poll(() => painted(nhs)).toEqual(['Sciatica', 'sciatic nerve']);
    expect(await judged(nhs)).toEqual(expect.objectContaining({ verdict: 'health-domain' }));
    const markup = await browser.open(url('/dynamic.html'));
    expect(await judged(markup)).toEqual(expect.objectContaining({ verdict: 'medical-markup' }));
    const terms = await browser.open(url('/terms.html'));
    await expect.poll(() => painted(terms)).toEqual(['kidney stones', 'lumbago', 'spinal stenosis']);
    expect(await judged(terms)).toEqual(expect.objectContaining({ verdict: 'health-terms' }));
    await Promise.all([nhs.close(), markup.close(), terms.close()]);
  });

  it('highlights content added later within a second, and drops what is removed', async () => {
    const page = await browser.open(url('/dynamic.html'));
    await expect.poll(() => painted(page)).toEqual(['Lumbar disc herniation', 'Sciatica']);
    await page.evaluate(() => {
      const added = document.createElement('p');
      added.textContent = 'Osteoporosis can weaken the lumbar spine.';
      document.getElementById('feed')!.append(added);
      document.getElementById('first')!.remove();
    }, undefined);
    const started = Date.now();
    await expect
      .poll(() => painted(page), { interval: 50 })
      .toEqual(['Lumbar disc herniation', 'Osteoporosis', 'lumbar spine']);
    expect(Date.now() - started).toBeLessThan(1000);
    await page.evaluate(
      () => (document.querySelector('h1')!.firstChild as Text).appendData(' and sciatica'),
      undefined,
    );
    await expect.poll(() => painted(page)).toContain('sciatica');
    await page.close();
  });

  it('covers open shadow roots and frames', async () => {
    const page = await browser.open(url('/shadow.html'), {
      // The shadow root must exist before the content script runs at document idle.
      beforeLoad: () =>
        document.addEventListener('DOMContentLoaded', () => {
          const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
          root.append(Object.assign(document.createElement('p'), { textContent: 'Sciatica in a shadow root' }));
        }),
    });
    await expect.poll(() => painted(page)).toEqual(['Osteoporosis', 'Sciatica']);
    await expect
      .poll(async () => (await page.evaluateInFrames(readHighlights, undefined)).map(texts))
      .toEqual([['Kidney stones', 'lumbago', 'osteoporosis', 'sciatica']]);
    await page.close();
  });

  it.each(['/exclusions.html', '/back-pain.html', '/fashion.html'])(
    'leaves %s exactly as the browser without the extension shows it, and posts it no message',
    async (path) => {
      const page = await browser.open(url(path), { beforeLoad: listenForMessages });
      await judged(page);
      if (path !== '/fashion.html')
        await expect.poll(() => page.evaluate(highlightCount, undefined)).toBeGreaterThan(0);
      const reference = await browser.openPlain(url(path), { beforeLoad: listenForMessages });
      expect(await page.evaluate(snapshot, undefined)).toEqual(await reference.evaluate(snapshot, undefined));
      await Promise.all([page.close(), reference.close()]);
    },
  );

  it('applies the panel’s switches live: off everywhere, off for the site, and forced on', async () => {
    const page = await browser.open(url('/back-pain.html'));
    await expect.poll(() => page.evaluate(highlightCount, undefined)).toBeGreaterThan(0);
    const panel = await browser.openPanel(page);
    const everywhere = '.settings label:nth-child(1) input';
    const site = '.settings label:nth-child(2) input';
    await waitFor(() => panel.evaluate((selector) => document.querySelector(selector) !== null, site));

    await panel.click(everywhere);
    await expect.poll(() => page.evaluate(highlightCount, undefined)).toBe(0);
    await panel.click(everywhere);
    await expect.poll(() => page.evaluate(highlightCount, undefined)).toBeGreaterThan(0);
    await panel.click(site);
    await expect.poll(() => page.evaluate(highlightCount, undefined)).toBe(0);
    await panel.click(site);
    await expect.poll(() => page.evaluate(highlightCount, undefined)).toBeGreaterThan(0);

    const fashion = await browser.open(url('/fashion.html'));
    await judged(fashion);
    const fashionPanel = await browser.openPanel(fashion);
    // Not a health page: the panel opens on the checklist, whose line on the page holds the switch.
    const anyway = '#view-checklist:not([hidden]) .page-brief button';
    await waitFor(() => fashionPanel.evaluate((selector) => document.querySelector(selector) !== null, anyway));
    await fashionPanel.click(anyway);
    await expect.poll(() => painted(fashion)).toContain('High heels');
    await Promise.all([page.close(), panel.close(), fashion.close(), fashionPanel.close()]);
  });
});
