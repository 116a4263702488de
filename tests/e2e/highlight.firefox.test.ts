import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { launchFirefox, type FirefoxSession } from './support/browsers';
import { readHighlights, texts } from './support/highlights';
import { HIGHLIGHT_TEST_PAGES } from './support/pages';
import { pagesDir } from './support/paths';

const CSP = { 'content-security-policy': "script-src 'none'" };

describe('highlighting in Firefox', () => {
  let server: PageServer;
  let session: FirefoxSession;

  beforeAll(async () => {
    server = await servePages({ folders: { '/': pagesDir }, headers: CSP });
    for (const [path, html] of Object.entries(HIGHLIGHT_TEST_PAGES)) server.route(path, html);
    session = await launchFirefox({ 'network.dns.localDomains': 'www.nhs.uk' });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(url: string): Promise<Page> {
    const tab = await session.browser.newPage();
    await tab.goto(url.startsWith('http') ? url : server.origin + url);
    return tab;
  }

  async function painted(tab: Page): Promise<string[]> {
    return texts(await tab.evaluate(readHighlights));
  }

  it('highlights terms across inline elements, and nothing it must leave alone', async () => {
    const tab = await open('/exclusions.html');
    await expect
      .poll(() => painted(tab))
      .toEqual(['Back pain', 'Low back pain', 'herniated disc', 'sacroiliac joint', 'sacroiliac joint strain'].sort());
    expect(await tab.evaluate(() => document.styleSheets.length)).toBe(1);
    await tab.close();
  });

  it('does nothing on a page that is not about health, and turns on for a health domain', async () => {
    const fashion = await open('/fashion.html');
    await new Promise((done) => setTimeout(done, 800));
    expect(await fashion.evaluate(() => CSS.highlights.size)).toBe(0);
    const nhs = await open(`${server.origin.replace('127.0.0.1', 'www.nhs.uk')}/nhs-article.html`);
    await expect.poll(() => painted(nhs)).toEqual(['Sciatica', 'sciatic nerve']);
    await Promise.all([fashion.close(), nhs.close()]);
  });

  it('highlights content added later within a second, and drops what is removed', async () => {
    const tab = await open('/dynamic.html');
    await expect.poll(() => painted(tab)).toEqual(['Lumbar disc herniation', 'Sciatica']);
    await tab.evaluate(() => {
      const added = document.createElement('p');
      added.textContent = 'Osteoporosis can weaken the lumbar spine.';
      document.getElementById('feed')!.append(added);
      document.getElementById('first')!.remove();
    });
    const started = Date.now();
    await expect
      .poll(() => painted(tab), { interval: 50 })
      .toEqual(['Lumbar disc herniation', 'Osteoporosis', 'lumbar spine']);
    expect(Date.now() - started).toBeLessThan(1000);
    await tab.close();
  });

  it('covers frames', async () => {
    const tab = await open('/shadow.html');
    await expect.poll(() => painted(tab)).toEqual(['Osteoporosis']);
    const frame = tab.frames().find((candidate) => candidate !== tab.mainFrame())!;
    await expect
      .poll(async () => texts(await frame.evaluate(readHighlights)))
      .toEqual(['Kidney stones', 'lumbago', 'osteoporosis', 'sciatica']);
    await tab.close();
  });

  it('leaves the page exactly as Firefox without the extension shows it', async () => {
    let plain: Browser | undefined;
    try {
      plain = await puppeteer.launch({
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      });
      for (const path of ['/exclusions.html', '/back-pain.html']) {
        const tab = await open(path);
        await expect.poll(() => tab.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
        const reference = await plain.newPage();
        await reference.goto(server.origin + path);
        const serialize = () => ({ html: document.documentElement.outerHTML, sheets: document.styleSheets.length });
        expect(await tab.evaluate(serialize)).toEqual(await reference.evaluate(serialize));
        await Promise.all([tab.close(), reference.close()]);
      }
    } finally {
      await plain?.close();
    }
  });
});
