import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { waitFor } from './support/browsers';
import { centreOf } from './support/highlights';
import { BROWSERS, type TestBrowser, type TestPage } from './support/harness';
import { LONG_PAGE } from './support/pages';

/** Runs in the page: the text of the mention marked as current, if any. */
function currentMention(): string | null {
  const current = CSS.highlights.get('lumbar-lens-current') as unknown as Iterable<AbstractRange> | undefined;
  const [range] = current ? [...current] : [];
  if (!range) return null;
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

/** Runs in the panel: the texts of the elements a selector picks. */
function textsOf(selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');
}

describe.each(BROWSERS)('the panel and the page, in %s', (_name, launch) => {
  let server: PageServer;
  let browser: TestBrowser;
  let page: TestPage;
  let panel: TestPage;

  beforeAll(async () => {
    server = await servePages({ folders: {}, headers: { 'content-security-policy': "script-src 'none'" } });
    server.route('/long.html', LONG_PAGE);
    // A page in a background tab barely animates a smooth scroll; with reduced motion it jumps at once.
    browser = await launch({ reducedMotion: true });
    page = await browser.open(`${server.origin}/long.html`);
    await page.setViewport(900, 600);
    await waitFor(() => page.evaluate(() => CSS.highlights.size > 0, undefined));
    panel = await browser.openPanel(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const countOf = (cause: string) => `[data-cause="${cause}"] button.mentions`;

  it('shows each cause’s mentions on the page, and lists the causes found, most mentioned first', async () => {
    await waitFor(
      async () => (await panel.evaluate(textsOf, countOf('disc-herniation')))[0] === '3 mentions on this page',
    );
    expect(await panel.evaluate(textsOf, countOf('high-heels'))).toEqual(['1 mention on this page']);
    expect(await panel.evaluate(textsOf, countOf('sex-position'))).toEqual(['0 mentions on this page']);
    expect(
      await panel.evaluate(
        textsOf,
        '#page-section ol.found li :is(.found-topic > .link-button, .found-steps > .mentions)',
      ),
    ).toEqual([
      'Lumbar disc herniation',
      '3 mentions on this page',
      'Wearing high heels for a long time',
      '1 mention on this page',
    ]);
  });

  it('jumps to the next mention, cycling, marks it as current, and keeps focus in the panel', async () => {
    // From the cause's own item in the checklist: its view, its group opened.
    await panel.click('#tab-checklist');
    await panel.click('#heading-other-causes');
    const seen: [string | null, number][] = [];
    for (let step = 0; step < 4; step++) {
      await panel.click(countOf('disc-herniation'));
      const announced = `Showing mention ${(step % 3) + 1} of 3 on the page.`;
      await waitFor(async () => (await panel.evaluate(textsOf, '.mention-status'))[0] === announced);
      seen.push([
        await page.evaluate(currentMention, undefined),
        await page.evaluate(() => Math.round(scrollY), undefined),
      ]);
      expect(await panel.evaluate(() => document.activeElement?.textContent, undefined)).toBe(
        '3 mentions on this page',
      );
    }
    expect(seen.map(([text]) => text)).toEqual(['herniated disc', 'slipped disc', 'prolapsed disc', 'herniated disc']);
    const [, second, third] = seen.map(([, scroll]) => scroll);
    expect(second).toBeGreaterThan(500);
    expect(third).toBeGreaterThan(second);
  });

  it('shows a card on hover whose "Open in panel" brings the panel to the cause, and leaves no trace', async () => {
    // The panel is elsewhere: on the diary, its other causes closed again.
    await panel.click('#heading-other-causes');
    await panel.click('#tab-diary');
    await page.evaluate(() => scrollTo(0, 0), undefined);
    const before = await page.evaluate(() => document.documentElement.outerHTML, undefined);
    const point = (await page.evaluate(centreOf, 'herniated disc'))!;
    await page.pointAt(point.x - 5, point.y);
    await page.pointAt(point.x, point.y);
    const card = () =>
      page.evaluate(() => {
        const rect = document.querySelector('lumbar-lens-card')?.getBoundingClientRect();
        return rect ? { left: rect.left, bottom: rect.bottom } : null;
      }, undefined);
    await waitFor(async () => (await card()) !== null);
    // The card's shadow root is closed: its "Open in panel" button sits at its bottom left.
    const { left, bottom } = (await card())!;
    await page.pointAt(left + 24, bottom - 20, true);
    await waitFor(() => panel.evaluate(() => document.activeElement?.id === 'tick-disc-herniation', undefined));
    // The checklist's view, the cause's group open, the cause's tick on screen.
    expect(
      await panel.evaluate(() => {
        const tick = document.getElementById('tick-disc-herniation')!;
        const box = tick.getBoundingClientRect();
        return {
          view: document.querySelector('[role="tab"][aria-selected="true"]')!.textContent,
          shown: box.height > 0 && box.top >= 0 && box.bottom <= innerHeight,
        };
      }, undefined),
    ).toEqual({ view: 'Checklist', shown: true });

    await page.press('Escape');
    await waitFor(async () => (await card()) === null);
    expect(await page.evaluate(() => document.documentElement.outerHTML, undefined)).toBe(before);
  });
});
