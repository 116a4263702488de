import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { launchChromium, type ChromiumSession } from './support/browsers';
import { centreOf } from './support/highlights';
import { LONG_PAGE } from './support/pages';
import { openPanelFor } from './support/session';

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

/** Runs in the page: the centre of the first painted range whose text is `text`. */
describe('the panel and the page, in Chromium', () => {
  let server: PageServer;
  let session: ChromiumSession;
  let tab: Page;
  let panel: Page;

  beforeAll(async () => {
    server = await servePages({ folders: {}, headers: { 'content-security-policy': "script-src 'none'" } });
    server.route('/long.html', LONG_PAGE);
    session = await launchChromium();
    tab = await session.context.newPage();
    await tab.setViewportSize({ width: 900, height: 600 });
    await tab.goto(`${server.origin}/long.html`);
    await tab.waitForFunction(() => CSS.highlights.size > 0);
    panel = await openPanelFor(session, tab);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const causeItem = (id: string) => panel.locator(`[data-cause="${id}"]`);

  it('shows each cause’s mentions on the page, and lists the causes found, most mentioned first', async () => {
    await expect
      .poll(() => causeItem('disc-herniation').getByRole('button', { name: '3 mentions on this page' }).count())
      .toBe(1);
    expect(await causeItem('high-heels').getByRole('button', { name: '1 mention on this page' }).count()).toBe(1);
    expect(await causeItem('sex-position').getByRole('button', { name: '0 mentions on this page' }).count()).toBe(1);
    const found = panel.getByRole('region', { name: 'On this page' }).getByRole('listitem');
    expect(await found.allInnerTexts()).toEqual([
      expect.stringContaining('Lumbar disc herniation'),
      expect.stringContaining('Wearing high heels'),
    ]);
  });

  it('jumps to the next mention, cycling, marks it as current, and keeps focus in the panel', async () => {
    // A page in a background tab barely animates a smooth scroll; people who ask for reduced
    // motion get an instant one, which this test can measure at once.
    await tab.emulateMedia({ reducedMotion: 'reduce' });
    const count = causeItem('disc-herniation').getByRole('button', { name: '3 mentions on this page' });
    const seen: [string | null, number][] = [];
    for (let step = 0; step < 4; step++) {
      await count.click();
      await panel.getByText(`Showing mention ${(step % 3) + 1} of 3 on the page.`).waitFor();
      seen.push([await tab.evaluate(currentMention), await tab.evaluate(() => Math.round(scrollY))]);
      expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('3 mentions on this page');
    }
    expect(seen.map(([text]) => text)).toEqual(['herniated disc', 'slipped disc', 'Sciatica', 'herniated disc']);
    const [, second, third] = seen.map(([, scroll]) => scroll);
    expect(second).toBeGreaterThan(500);
    expect(third).toBeGreaterThan(second);
  });

  it('shows a card on hover that opens the panel at its cause, and leaves no trace when closed', async () => {
    await tab.evaluate(() => scrollTo(0, 0));
    const before = await tab.evaluate(() => document.documentElement.outerHTML);
    const point = (await tab.evaluate(centreOf, 'herniated disc'))!;
    await tab.mouse.move(point.x, point.y);
    await expect.poll(() => tab.locator('lumbar-lens-card').count()).toBe(1);

    // The card is in a closed shadow root: read it as assistive technology does.
    const cdp = await session.context.newCDPSession(tab);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[];
    };
    const named = (role: string) => nodes.filter((node) => node.role?.value === role).map((node) => node.name?.value);
    expect(named('dialog')).toContain('lumbar disc herniation');
    const open = nodes.find((node) => node.role?.value === 'button' && node.name?.value === 'Open in panel')!;
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: open.backendDOMNodeId })) as {
      model: { content: number[] };
    };
    await tab.mouse.click(model.content[0] + 4, model.content[1] + 4);
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('tick-disc-herniation');

    await tab.keyboard.press('Escape');
    await expect.poll(() => tab.locator('lumbar-lens-card').count()).toBe(0);
    expect(await tab.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('says plainly when the followed tab cannot be read', async () => {
    const other = await session.context.newPage();
    await other.goto('chrome://version');
    const unreadable = await openPanelFor(session, other);
    await unreadable.getByText('This page cannot be read').waitFor();
    await Promise.all([other.close(), unreadable.close()]);
  });
});
