import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { waitFor } from './support/browsers';
import { BROWSERS, type TestBrowser } from './support/harness';
import { pagesDir } from './support/paths';

describe.each(BROWSERS)('the side panel in %s', (_name, launch) => {
  let browser: TestBrowser;
  let server: PageServer;

  beforeAll(async () => {
    server = await servePages({ folders: { '/': pagesDir } });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('follows the demo page: the article’s topics found there, then the others, labelled', async () => {
    const page = await browser.open(`${server.origin}/back-pain.html`);
    const panel = await browser.openPanel(page);
    const lists = () =>
      panel.evaluate(
        () =>
          [...document.querySelectorAll('#page-section ol.found')].map((list) =>
            // Each topic's line, without its list of sentences.
            [...list.querySelectorAll('li')].map((item) =>
              [...item.children]
                .filter((child) => !child.classList.contains('mention-list'))
                .map((child) => child.textContent)
                .join(''),
            ),
          ),
        undefined,
      );
    await waitFor(async () => (await lists()).length === 2);
    const [article, beyond] = await lists();
    // The demo page names the spine's diseases six times, more than any other topic.
    expect(article[0]).toBe('Lumbar spine disease6 mentions on this page');
    expect(article.length).toBeGreaterThan(5);
    expect(beyond).toContainEqual(
      expect.stringMatching(/^Urinary tract infection \(UTI\) · Not in the article — from NHS/),
    );
    expect(beyond).toContainEqual(expect.stringMatching(/^Painkillers · Treatment or test, not in the article/));
    await Promise.all([panel.close(), page.close()]);
  });

  it('shows the 13 causes, the causes beyond the article and the related articles, and keeps a tick across a reload', async () => {
    const panel = await browser.openPanel();
    const count = (selector: string) => panel.evaluate((css) => document.querySelectorAll(css).length, selector);
    await waitFor(async () => (await count('[data-cause] input[type=checkbox]')) === 13);
    expect(await count('.wider-topics [data-topic] input[type=checkbox]')).toBeGreaterThanOrEqual(17);
    const related = await panel.evaluate(
      () => [...document.querySelectorAll('section.related button')].map((button) => button.textContent),
      undefined,
    );
    expect(related).toHaveLength(16);
    expect(related).toContain('Sex is good for your brain');

    const ticked = () =>
      panel.evaluate(
        () => [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((box) => box.id),
        undefined,
      );
    await panel.click('#tick-sacroiliac-strain');
    await panel.click('#tick-endometriosis');
    await waitFor(async () => (await ticked()).length === 3);
    // Let storage settle before the page goes away.
    await new Promise((done) => setTimeout(done, 300));
    await panel.reload();
    await waitFor(async () => (await ticked()).includes('tick-endometriosis'));
    // The first checkbox is the panel's "highlight on health pages" switch, on by default.
    expect((await ticked()).filter((id) => id.startsWith('tick-')).sort()).toEqual([
      'tick-endometriosis',
      'tick-sacroiliac-strain',
    ]);
    await panel.close();
  });
});
