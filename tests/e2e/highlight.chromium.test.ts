import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages } from '../../scripts/serve-pages.mjs';
import { launchChromium, launchPlainChromium, type ChromiumSession } from './support/browsers';
import { readHighlights, texts } from './support/highlights';
import { HIGHLIGHT_TEST_PAGES } from './support/pages';
import { openPanelFor } from './support/session';
import { pagesDir } from './support/paths';

const CSP = { 'content-security-policy': "script-src 'none'" };

describe('highlighting in Chromium', () => {
  let server: Awaited<ReturnType<typeof servePages>>;
  let session: ChromiumSession;
  let plain: Browser;

  beforeAll(async () => {
    server = await servePages({ folders: { '/': pagesDir }, headers: CSP });
    for (const [path, html] of Object.entries(HIGHLIGHT_TEST_PAGES)) server.route(path, html);
    session = await launchChromium({
      args: ['--host-resolver-rules=MAP www.nhs.uk 127.0.0.1', '--disable-features=HttpsUpgrades'],
    });
    plain = await launchPlainChromium();
  });

  afterAll(async () => {
    await plain?.close();
    await session?.close();
    await server?.close();
  });

  async function open(path: string) {
    const tab = await session.context.newPage();
    await tab.goto(server.origin + path);
    return tab;
  }

  it('highlights terms across inline elements, never across blocks, and nothing it must leave alone', async () => {
    const tab = await open('/exclusions.html');
    await expect
      .poll(async () => texts(await tab.evaluate(readHighlights)))
      .toEqual(['Back pain', 'Low back pain', 'herniated disc', 'sacroiliac joint', 'sacroiliac joint strain'].sort());
    const painted = await tab.evaluate(readHighlights);
    for (const range of painted) {
      expect(range.ancestors).not.toContain('textarea');
      expect(range.ancestors).not.toContain('script');
    }
    expect(painted.find((range) => range.text === 'herniated disc')?.highlight).toBe('lumbar-lens-condition');
    expect(painted.find((range) => range.text === 'sacroiliac joint')?.highlight).toBe('lumbar-lens-anatomy');
    await tab.close();
  });

  it('leaves the page exactly as a browser without the extension shows it', async () => {
    for (const path of ['/exclusions.html', '/back-pain.html', '/fashion.html']) {
      const tab = await open(path);
      await expect
        .poll(() => tab.evaluate(() => CSS.highlights.size))
        .toBeGreaterThanOrEqual(path === '/fashion.html' ? 0 : 1);
      const withExtension = await tab.evaluate(() => ({
        html: document.documentElement.outerHTML,
        sheets: document.styleSheets.length,
      }));
      const reference = await plain.newPage();
      await reference.goto(server.origin + path);
      const without = await reference.evaluate(() => ({
        html: document.documentElement.outerHTML,
        sheets: document.styleSheets.length,
      }));
      expect(withExtension).toEqual(without);
      await reference.close();
      await tab.close();
    }
  });

  it('does nothing on a page that is not about health', async () => {
    const tab = await open('/fashion.html');
    await tab.waitForTimeout(800);
    expect(await tab.evaluate(() => CSS.highlights.size)).toBe(0);
    await tab.close();
  });

  it('turns on for a curated health domain, for medical markup and for a page dense in terms', async () => {
    const nhs = await session.context.newPage();
    await nhs.goto(`${server.origin.replace('127.0.0.1', 'www.nhs.uk')}/nhs-article.html`);
    await expect.poll(async () => texts(await nhs.evaluate(readHighlights))).toEqual(['Sciatica', 'sciatic nerve']);
    const terms = await open('/terms.html');
    await expect
      .poll(async () => texts(await terms.evaluate(readHighlights)))
      .toEqual(['kidney stones', 'lumbago', 'spinal stenosis']);
    await nhs.close();
    await terms.close();
  });

  it('highlights content added later within a second, and drops what is removed', async () => {
    const tab = await open('/dynamic.html');
    await expect
      .poll(async () => texts(await tab.evaluate(readHighlights)))
      .toEqual(['Lumbar disc herniation', 'Sciatica']);
    await tab.evaluate(() => {
      const added = document.createElement('p');
      added.textContent = 'Osteoporosis can weaken the lumbar spine.';
      document.getElementById('feed')!.append(added);
      document.getElementById('first')!.remove();
    });
    const started = Date.now();
    await expect
      .poll(async () => texts(await tab.evaluate(readHighlights)), { interval: 50 })
      .toEqual(['Lumbar disc herniation', 'Osteoporosis', 'lumbar spine']);
    expect(Date.now() - started).toBeLessThan(1000);
    await tab.evaluate(() => (document.querySelector('h1')!.firstChild as Text).appendData(' and sciatica'));
    await expect.poll(async () => texts(await tab.evaluate(readHighlights))).toContain('sciatica');
    await tab.close();
  });

  it('covers open shadow roots and frames', async () => {
    const tab = await session.context.newPage();
    // The shadow root must exist before the content script runs at document idle.
    await tab.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
        root.innerHTML = '<p>Sciatica in a shadow root</p>';
      });
    });
    await tab.goto(server.origin + '/shadow.html');
    await expect.poll(async () => texts(await tab.evaluate(readHighlights))).toEqual(['Osteoporosis', 'Sciatica']);
    const frame = tab.frames().find((candidate) => candidate !== tab.mainFrame())!;
    await expect
      .poll(async () => texts(await frame.evaluate(readHighlights)))
      .toEqual(['Kidney stones', 'lumbago', 'osteoporosis', 'sciatica']);
    await tab.close();
  });

  it('applies the panel toggles live: off everywhere, off for the site, and forced on', async () => {
    const tab = await open('/back-pain.html');
    await expect.poll(() => tab.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    const panel = await openPanelFor(session, tab);

    const everywhere = panel.getByRole('checkbox', { name: 'Highlight terms on health pages' });
    await everywhere.uncheck();
    await expect.poll(() => tab.evaluate(() => CSS.highlights.size)).toBe(0);
    await expect.poll(() => panel.getByText('Highlighting is switched off.').count()).toBe(1);
    await everywhere.check();
    await expect.poll(() => tab.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);

    const site = panel.getByRole('checkbox', { name: 'Highlight on 127.0.0.1' });
    await site.uncheck();
    await expect.poll(() => tab.evaluate(() => CSS.highlights.size)).toBe(0);
    await site.check();
    await expect.poll(() => tab.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);

    const fashion = await open('/fashion.html');
    const fashionPanel = await openPanelFor(session, fashion);
    await fashionPanel.getByRole('button', { name: 'Highlight this page anyway' }).click();
    await expect.poll(async () => texts(await fashion.evaluate(readHighlights))).toContain('High heels');
    await Promise.all([tab.close(), panel.close(), fashion.close(), fashionPanel.close()]);
  });
});
