import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { waitFor } from './support/browsers';
import { readHighlights, texts } from './support/highlights';
import { BROWSERS, type TestBrowser } from './support/harness';
import { FASHION_PAGE, page, TERMS_PAGE } from './support/pages';
import { judged } from './support/status';

const CSP = { 'content-security-policy': "script-src 'none'" };
/** Only the engine lists a page's mentions: the gate leaves the message unanswered. */
const MENTION_LIST = { type: 'get-mentions', topic: null, offset: 0, limit: 10 };
/** An ordinary page holding a dozen frames of ordinary pages, as an ad-heavy page does. */
const FRAMES_PAGE = page(
  `<h1>Local news</h1><p>The council met to discuss the bus timetable.</p>${'<iframe src="/offer.html"></iframe>'.repeat(12)}`,
);
/** An English health page whose Chinese text starts far beyond what the gate samples. */
const LATE_CHINESE_PAGE = page(
  `<h1>My back</h1><p>After years of lumbago I learned I had spinal stenosis, and my doctor ruled out kidney stones.</p>${'<p>We walked along the river and talked about the weather and the garden.</p>'.repeat(200)}<p lang="zh-CN">医生说我有腰椎间盘突出。</p>`,
);
const CHINESE_PAGE = page('<h1>同房后腰疼</h1><p>医生说可能是腰肌劳损，也可能是腰椎间盘突出或盆腔炎。</p>');
const OFFER_PAGE = page('<h2>Today only</h2><p>Fresh deals on shoes and phones, delivered to your door.</p>');

describe.each(BROWSERS)('the gate in %s', (_name, launch) => {
  let server: PageServer;
  let browser: TestBrowser;
  const url = (path: string) => server.origin + path;

  beforeAll(async () => {
    server = await servePages({ folders: {}, headers: CSP });
    for (const [path, html] of Object.entries({
      '/fashion.html': FASHION_PAGE,
      '/terms.html': TERMS_PAGE,
      '/frames.html': FRAMES_PAGE,
      '/offer.html': OFFER_PAGE,
      '/late-chinese.html': LATE_CHINESE_PAGE,
      '/chinese.html': CHINESE_PAGE,
    }))
      server.route(path, html);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('judges a page that is not a health page without the engine, which "Highlight this page anyway" brings at once', async () => {
    const fashion = await browser.open(url('/fashion.html'));
    expect(await judged(fashion)).toMatchObject({ verdict: 'not-health', state: 'not-health', counts: {} });
    expect((await fashion.ask(MENTION_LIST)) ?? null).toBeNull();
    expect(await fashion.evaluate(() => CSS.highlights.size, null)).toBe(0);

    const panel = await browser.openPanel(fashion);
    // Not a health page: the panel opens on the checklist, whose line on the page holds the switch.
    const anyway = '#view-checklist:not([hidden]) .page-brief button';
    await waitFor(() => panel.evaluate((selector) => document.querySelector(selector) !== null, anyway));
    await panel.click(anyway);
    await expect.poll(async () => texts(await fashion.evaluate(readHighlights, undefined))).toContain('High heels');
    expect(await fashion.pageStatus()).toMatchObject({ state: 'forced' });
    // The engine now lists the page's mentions: one for each "high heels" painted.
    const painted = texts(await fashion.evaluate(readHighlights, undefined)).length;
    expect(await fashion.ask(MENTION_LIST)).toMatchObject({ topic: null, total: painted });
    await Promise.all([fashion.close(), panel.close()]);
  });

  it('says a page is forced as soon as the reader asks, while its engine is still on the way', async () => {
    const fashion = await browser.open(url('/fashion.html'));
    await judged(fashion);
    const forcing = fashion.ask({ type: 'force-highlight' });
    expect(await fashion.pageStatus()).toMatchObject({ state: 'forced' });
    expect(await forcing).toMatchObject({ state: 'forced' });
    await fashion.close();
  });

  it('loads the engine on a page that reads as a health page, and lists its mentions', async () => {
    const terms = await browser.open(url('/terms.html'));
    await waitFor(async () => ((await terms.pageStatus()) as { verdict?: string } | null)?.verdict === 'health-terms');
    await expect.poll(() => terms.evaluate(() => CSS.highlights.size, null)).toBeGreaterThan(0);
    expect(await terms.ask(MENTION_LIST)).toMatchObject({ topic: null, total: 3 });
    await terms.close();
  });

  it('brings the Han table with the engine to a Chinese page, and after it where Chinese lies beyond the sample', async () => {
    const chinese = await browser.open(url('/chinese.html'));
    await expect
      .poll(async () => texts(await chinese.evaluate(readHighlights, undefined)))
      .toEqual(expect.arrayContaining(['腰肌劳损', '腰椎间盘突出', '盆腔炎']));
    const late = await browser.open(url('/late-chinese.html'));
    await expect
      .poll(async () => texts(await late.evaluate(readHighlights, undefined)))
      .toEqual(expect.arrayContaining(['lumbago', 'spinal stenosis', '腰椎间盘突出']));
    expect([...chinese.errors, ...late.errors]).toEqual([]);
    await Promise.all([chinese.close(), late.close()]);
  });

  it('brings the engine at once when the site is switched back on, and not before', async () => {
    const terms = await browser.open(url('/terms.html'));
    await expect.poll(() => terms.evaluate(() => CSS.highlights.size, null)).toBeGreaterThan(0);
    const panel = await browser.openPanel(terms);
    const site = '.settings label:nth-child(2) input';
    await waitFor(() => panel.evaluate((selector) => document.querySelector(selector) !== null, site));
    await panel.click(site);
    await expect.poll(() => terms.evaluate(() => CSS.highlights.size, null)).toBe(0);
    // A fresh load of the page on a site switched off: the gate holds, and no engine comes.
    await terms.reload();
    await waitFor(async () => ((await terms.pageStatus()) as { state?: string } | null)?.state === 'off-site');
    expect((await terms.ask(MENTION_LIST)) ?? null).toBeNull();
    await panel.click(site);
    await expect.poll(() => terms.evaluate(() => CSS.highlights.size, null)).toBeGreaterThan(0);
    expect(await terms.pageStatus()).toMatchObject({ verdict: 'health-terms', state: 'on' });
    await Promise.all([terms.close(), panel.close()]);
  });

  it('leaves a page of a dozen ordinary frames to the gate in every frame', async () => {
    const frames = await browser.open(url('/frames.html'));
    expect(await judged(frames)).toMatchObject({ verdict: 'not-health', state: 'not-health' });
    const inFrames = await frames.evaluateInFrames(
      () => document.readyState === 'complete' && CSS.highlights.size,
      null,
    );
    expect(inFrames).toEqual(Array(12).fill(0));
    expect((await frames.ask(MENTION_LIST)) ?? null).toBeNull();
    expect(frames.errors).toEqual([]);
    await frames.close();
  });
});
