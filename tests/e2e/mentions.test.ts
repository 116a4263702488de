import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { waitFor } from './support/browsers';
import { BROWSERS, type TestBrowser, type TestPage } from './support/harness';
import { HOSTILE_SNIPPET_PAGE, LONG_PAGE } from './support/pages';

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

/** Runs in the panel: activates the button with this accessible name. */
function press(label: string): void {
  const button = document.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  if (!button) throw new Error(`no button "${label}"`);
  button.click();
}

/** Runs in the panel: what the background's command handler sends the followed tab, sent the same way. */
function sendAsCommand(direction: 'next' | 'previous'): Promise<unknown> {
  type Tabs = { sendMessage(id: number, message: object, options: object): Promise<unknown> };
  const api =
    (globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } }).browser ??
    (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
  const tabId = Number(new URLSearchParams(location.search).get('tabId'));
  return api.tabs.sendMessage(tabId, { type: 'step-mention', topic: null, direction }, { frameId: 0 });
}

describe.each(BROWSERS)('every mention within reach, in %s', (_name, launch) => {
  let server: PageServer;
  let browser: TestBrowser;
  let page: TestPage;
  let panel: TestPage;
  const status = async () => (await panel.evaluate(textsOf, '.mention-status'))[0];

  beforeAll(async () => {
    server = await servePages({ folders: {}, headers: { 'content-security-policy': "script-src 'none'" } });
    server.route('/long.html', LONG_PAGE);
    server.route('/hostile-snippets.html', HOSTILE_SNIPPET_PAGE);
    browser = await launch({ reducedMotion: true });
    page = await browser.open(`${server.origin}/long.html`);
    await page.setViewport(900, 600);
    await waitFor(() => page.evaluate(() => CSS.highlights.size > 0, undefined));
    panel = await browser.openPanel(page);
    await waitFor(async () => (await panel.evaluate(textsOf, '.every-mention h3')).length === 1);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists a topic’s mentions as the sentences around them, the term emphasised', async () => {
    await panel.evaluate(press, 'Sentences: Lumbar disc herniation');
    const sentences = '#sentences-disc-herniation button.sentence';
    await waitFor(async () => (await panel.evaluate(textsOf, sentences)).length === 3);
    expect(await panel.evaluate(textsOf, sentences)).toEqual([
      'A herniated disc is common.',
      'A slipped disc can heal; high heels do not help.',
      'A prolapsed disc often follows.',
    ]);
    expect(await panel.evaluate(textsOf, `${sentences} mark`)).toEqual([
      'herniated disc',
      'slipped disc',
      'prolapsed disc',
    ]);
  });

  it('scrolls the page to a sentence’s mention, marks it current and announces it', async () => {
    await page.evaluate(() => scrollTo(0, 0), undefined);
    await panel.evaluate(
      () => document.querySelectorAll<HTMLButtonElement>('#sentences-disc-herniation button.sentence')[1].click(),
      undefined,
    );
    await waitFor(async () => (await status()) === 'Showing mention 2 of 3 on the page.');
    expect(await page.evaluate(currentMention, undefined)).toBe('slipped disc');
    expect(await page.evaluate(() => scrollY, undefined)).toBeGreaterThan(500);
  });

  it('steps back and forth through a topic, cycling', async () => {
    await panel.evaluate(press, 'Next mention: Lumbar disc herniation');
    await waitFor(async () => (await status()) === 'Showing mention 3 of 3 on the page.');
    await panel.evaluate(press, 'Next mention: Lumbar disc herniation');
    await waitFor(async () => (await status()) === 'Showing mention 1 of 3 on the page.');
    await panel.evaluate(press, 'Previous mention: Lumbar disc herniation');
    await waitFor(async () => (await status()) === 'Showing mention 3 of 3 on the page.');
    expect(await page.evaluate(currentMention, undefined)).toBe('prolapsed disc');
  });

  it('declares the commands, and their next and previous move through every mention of the page', async () => {
    const manifest = await panel.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { runtime: { getManifest(): { commands: object } } } }).chrome;
      return Object.keys(api.runtime.getManifest().commands).sort();
    }, undefined);
    expect(manifest).toEqual(
      [
        _name === 'Firefox' ? '_execute_sidebar_action' : '_execute_action',
        'next-mention',
        'previous-mention',
        'toggle-site',
      ].sort(),
    );
    // The keys as the browser has them now: the suggested ones, in a profile nobody changed.
    await waitFor(async () => (await panel.evaluate(textsOf, '.keys kbd')).length >= 3);

    const seen: [unknown, string | null][] = [];
    for (const direction of ['previous', 'next', 'next'] as const) {
      const shown = await panel.evaluate(sendAsCommand, direction);
      seen.push([shown, await page.evaluate(currentMention, undefined)]);
    }
    expect(seen).toEqual([
      [{ index: 4, total: 4 }, 'prolapsed disc'],
      [{ index: 1, total: 4 }, 'herniated disc'],
      [{ index: 2, total: 4 }, 'slipped disc'],
    ]);
    expect(await page.evaluate(() => scrollY, undefined)).toBeGreaterThan(500);
  });

  it('draws a map with a mark per mention, a frame that follows the page’s scrolling, and keys to step', async () => {
    const marks = () => panel.evaluate(() => document.querySelectorAll('.page-map .map-mark').length, undefined);
    const frameTop = () =>
      panel.evaluate(() => document.querySelector<HTMLElement>('.page-map .map-frame')!.style.top, undefined);
    await waitFor(async () => (await marks()) === 4);
    expect(
      await panel.evaluate(() => document.querySelector('.page-map')!.getAttribute('aria-label'), undefined),
    ).toMatch(/^Map of the page, 4 mentions/);

    await page.evaluate(() => scrollTo(0, 0), undefined);
    await waitFor(async () => (await frameTop()) === '0%');
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight), undefined);
    await waitFor(async () => parseFloat(await frameTop()) > 50);

    await panel.evaluate(() => {
      const map = document.querySelector<HTMLElement>('.page-map')!;
      map.focus();
      map.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    }, undefined);
    await waitFor(async () => (await page.evaluate(currentMention, undefined)) === 'herniated disc');
    expect(
      await panel.evaluate(() => document.querySelector('.page-map')!.getAttribute('aria-valuetext'), undefined),
    ).toBe('Mention 1 of 4');
  });

  it('shows a page’s text as text: markup in it injects nothing into the panel', async () => {
    const hostile = await browser.open(`${server.origin}/hostile-snippets.html`);
    await waitFor(() => hostile.evaluate(() => CSS.highlights.size > 0, undefined));
    const hostilePanel = await browser.openPanel(hostile);
    await waitFor(async () => (await hostilePanel.evaluate(textsOf, '.every-mention h3')).length === 1);
    await hostilePanel.evaluate(press, 'Sentences: all topics');
    const sentences = '#sentences-all button.sentence';
    await waitFor(async () => (await hostilePanel.evaluate(textsOf, sentences)).length > 0);
    const texts = await hostilePanel.evaluate(textsOf, sentences);
    expect(texts).toContain(
      'Sciatica <img src=x onerror="window.pwned=1"> then </button><b id="injected">bold</b> after sex.',
    );
    expect(
      await hostilePanel.evaluate(
        () => ({
          images: document.querySelectorAll('img').length,
          injected: document.getElementById('injected'),
          pwned: (window as unknown as { pwned?: number }).pwned ?? null,
          sentenceButtons: document.querySelectorAll('#sentences-all button.sentence').length,
          buttonsInside: document.querySelectorAll('button.sentence button, button.sentence b').length,
        }),
        undefined,
      ),
    ).toEqual({ images: 0, injected: null, pwned: null, sentenceButtons: texts.length, buttonsInside: 0 });
    await hostilePanel.close();
    await hostile.close();
  });
});
