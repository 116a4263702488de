import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lexicon } from '../../content/lexicon';
import { redFlagRecords } from '../../content/redFlags';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { waitFor } from './support/browsers';
import { BROWSERS, type TestBrowser } from './support/harness';
import { pagesDir } from './support/paths';

/** A page about cooking: not a health page, so nothing on it is highlighted. */
const RECIPES = `<!doctype html><html lang="en"><head><title>Weeknight recipes</title></head><body><main>
  <h1>Weeknight recipes</h1><p>A quick tomato soup, a lemon cake and a salad with toasted seeds.</p>
  <p>Roast the tomatoes with garlic, blend them with stock and season to taste.</p></main></body></html>`;

/** The urgent terms tests/fixtures/pages/back-pain.html names, each a warning sign's way in. */
const PAGE_URGENT_TERMS = [
  'ectopic pregnancy',
  'numbness around the genitals',
  'saddle numbness',
  'cauda equina syndrome',
];

/** Runs in the panel: the selected tab's name, the focused element's id and which view is shown. */
function viewState() {
  return {
    selected: document.querySelector('[role="tab"][aria-selected="true"]')?.textContent,
    focused: document.activeElement?.id,
    shown: [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')]
      .filter((view) => !view.hidden)
      .map((view) => view.id),
  };
}

describe.each(BROWSERS)('the side panel in %s', (_name, launch) => {
  let browser: TestBrowser;
  let server: PageServer;

  beforeAll(async () => {
    server = await servePages({ folders: { '/': pagesDir } });
    server.route('/recipes.html', RECIPES);
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
            [...list.querySelectorAll('li')].map(
              (item) =>
                `${item.querySelector('.found-topic')!.textContent}${item.querySelector('.mentions')!.textContent}`,
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
    // Following a page it cannot read (its own tab), the panel settles on the checklist.
    await waitFor(async () => (await panel.evaluate(viewState, undefined)).selected === 'Checklist');
    // Every group and the related articles open from their headings.
    for (const heading of ['#heading-other-causes', '#heading-beyond', '#related-heading']) await panel.click(heading);
    const related = await panel.evaluate(
      () => [...document.querySelectorAll('#related-articles button')].map((button) => button.textContent),
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

  it('opens on "This page" on a health page, with Seek care now and what the page says on its first screen', async () => {
    const page = await browser.open(`${server.origin}/back-pain.html`);
    const panel = await browser.openPanel(page);
    await panel.setViewport(400, 800);
    await waitFor(() => panel.evaluate(() => document.querySelector('#found-article li') !== null, undefined));
    expect(await panel.evaluate(viewState, undefined)).toMatchObject({ selected: 'This page', shown: ['view-page'] });
    const shownSigns = () =>
      panel.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('#seek-care li')]
            .filter((item) => item.closest('[hidden]') === null)
            .map((item) => item.id.replace(/^red-flag-/, '')),
        undefined,
      );
    // The demo page's urgent terms: the signs their cards name come first, in Seek care now's order.
    const named = new Set(PAGE_URGENT_TERMS.flatMap((term) => lexicon.find((entry) => entry.term === term)!.signs!));
    const pageSigns = redFlagRecords.map((flag) => flag.id).filter((id) => named.has(id));
    await waitFor(async () => (await shownSigns()).length > 0);
    expect(await shownSigns()).toEqual(pageSigns);
    const layout = await panel.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top;
      return {
        seekCare: top('#seek-care-heading'),
        pageSays: top('#page-section p'),
        firstTopic: top('#found-article li'),
        height: document.documentElement.scrollHeight,
      };
    }, undefined);
    expect(layout.seekCare).toBeLessThan(800);
    expect(layout.pageSays).toBeLessThan(800);
    expect(layout.firstTopic).toBeLessThan(800);
    expect(layout.height).toBeLessThanOrEqual(1600);

    // Every sign, one step away; the button keeps focus and says what it does next.
    await panel.click('#seek-care > button[aria-expanded="false"]');
    await waitFor(async () => (await shownSigns()).length === redFlagRecords.length);
    expect(
      await panel.evaluate(
        () => [document.activeElement?.getAttribute('aria-expanded'), document.activeElement?.textContent],
        undefined,
      ),
    ).toEqual(['true', 'Show only the signs this page names']);
    await Promise.all([panel.close(), page.close()]);
  });

  it('opens on the checklist on a page that is not about health, and switches views from the keyboard', async () => {
    const page = await browser.open(`${server.origin}/recipes.html`);
    const panel = await browser.openPanel(page);
    await panel.setViewport(400, 800);
    await waitFor(async () => (await panel.evaluate(viewState, undefined)).selected === 'Checklist');
    expect(await panel.evaluate(() => document.querySelector('.page-brief')?.textContent, undefined)).toContain(
      'This does not look like a health page',
    );
    expect(await panel.evaluate(() => document.documentElement.scrollHeight, undefined)).toBeLessThanOrEqual(1600);

    await panel.evaluate(
      () => document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!.focus(),
      undefined,
    );
    const steps: [string, string][] = [
      ['ArrowRight', 'diary'],
      ['ArrowRight', 'summary'],
      ['ArrowRight', 'page'],
      ['ArrowLeft', 'summary'],
      ['Home', 'page'],
      ['End', 'summary'],
    ];
    for (const [key, view] of steps) {
      await panel.press(key);
      expect(await panel.evaluate(viewState, undefined)).toMatchObject({
        focused: `tab-${view}`,
        shown: [`view-${view}`],
      });
    }
    // One tab stop: Tab leaves the tab list for the view shown.
    await panel.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.closest('[role="tabpanel"]')?.id, undefined)).toBe(
      'view-summary',
    );
    await Promise.all([panel.close(), page.close()]);
  });
});
