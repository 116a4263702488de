// Chromium only: the walk relies on Playwright's colour-scheme emulation and role locators; axe judges our markup, which is the same in Firefox.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { launchChromium, type ChromiumSession } from './support/browsers';
import { LONG_PAGE, MEDICAL_MARKUP, page as healthPage } from './support/pages';
import { tabIdOf } from './support/session';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the extension page's CSP does not govern.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** Episodes before and after an adjustment, so the rule, the chart and the list all show. */
async function seedDiary(): Promise<void> {
  await session.context.serviceWorkers()[0].evaluate(async () => {
    type Storage = { local: { set(items: object): Promise<void> } };
    const { storage } = (globalThis as unknown as { chrome: { storage: Storage } }).chrome;
    const plan = [
      [6, [], 'hours'],
      [7, [], 'minutes'],
      [6, ['gentler'], 'hours'],
      [8, ['gentler', 'position'], 'next-day'],
    ] as const;
    const items: Record<string, object> = {};
    plan.forEach(([pain, changes, duration], index) => {
      const id = `seed-${index}`;
      const at = new Date(Date.UTC(2025, 4, 1 + index * 4, 21)).toISOString();
      items[`diary:${id}`] = { version: 1, id, at, pain, side: 'left', duration, changes, note: `note ${index}` };
    });
    await storage.local.set(items);
  });
}

let session: ChromiumSession;

/** A health page naming one warning sign: Seek care now opens on it. */
const URGENT_PAGE = healthPage(
  '<h1>Back pain</h1><p>Saddle numbness with back pain needs care at once.</p>',
  MEDICAL_MARKUP,
);

const VIEW_NAMES = ['This page', 'Checklist', 'Diary', 'Summary'] as const;

/** Shows a view by its tab, with every group and disclosure in it open. */
async function showOpened(panel: Page, view: string): Promise<void> {
  await panel.getByRole('tab', { name: view }).click();
  // Each click opens one of those found: take the first still closed, again and again.
  const closed = panel.locator('[role="tabpanel"]:visible [aria-expanded="false"]:visible');
  for (let left = 100; left > 0 && (await closed.count()) > 0; left--) await closed.first().click();
  await panel.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
}

describe('accessibility of the panel in Chromium', () => {
  let panel: Page;

  beforeAll(async () => {
    session = await launchChromium();
    panel = await session.context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(session.panelUrl);
    await panel
      .getByRole('checkbox', { name: /^May apply to me:/ })
      .first()
      .waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(VIEW_NAMES.flatMap((view) => (['light', 'dark'] as const).map((scheme) => [view, scheme] as const)))(
    'has no axe violations in the %s view, %s theme, every group and disclosure open',
    async (view, scheme) => {
      await panel.emulateMedia({ colorScheme: scheme });
      await showOpened(panel, view);
      if (view === 'Checklist') {
        await panel.getByRole('checkbox', { name: 'May apply to me: Blood stasis' }).check();
        await panel.getByRole('searchbox', { name: 'Find a topic' }).fill('kidney');
        await panel.getByText(/^\d+ of \d+ topics match\.$/).waitFor();
        expect(await axeViolations(panel)).toEqual([]);
        await panel.getByRole('searchbox', { name: 'Find a topic' }).fill('');
      }
      expect(await axeViolations(panel)).toEqual([]);
    },
  );

  it.each(['light', 'dark'] as const)(
    'has no axe violations with Seek care now open, in the %s theme',
    async (scheme) => {
      await panel.emulateMedia({ colorScheme: scheme });
      const show = panel.getByRole('button', { name: /^Show the \d+ signs$/ });
      if (await show.isVisible()) await show.click();
      await panel.locator('#seek-care li').first().waitFor();
      expect(await axeViolations(panel)).toEqual([]);
    },
  );

  it.each(['light', 'dark'] as const)(
    'has no axe violations in the %s theme with the diary in use, and on the summary page',
    async (scheme) => {
      await seedDiary();
      await panel.reload();
      await panel.emulateMedia({ colorScheme: scheme });
      await showOpened(panel, 'Diary');
      await panel.locator('#diary .episode').first().waitFor();
      await panel
        .getByRole('button', { name: /^Delete the episode of/ })
        .first()
        .click();
      await panel.getByRole('button', { name: 'Undo' }).waitFor();
      await panel
        .getByRole('button', { name: /^Edit the episode of/ })
        .first()
        .click();
      await panel.getByRole('button', { name: 'Delete all diary entries' }).click();
      expect(await axeViolations(panel)).toEqual([]);
      await panel.getByRole('button', { name: 'Keep my diary' }).click();

      const summary = await session.context.newPage();
      await summary.emulateMedia({ colorScheme: scheme });
      await summary.goto(session.panelUrl.replace('sidepanel.html', 'summary.html'));
      await summary.locator('.diary-table').waitFor();
      expect(await axeViolations(summary)).toEqual([]);
      await summary.close();
    },
  );

  it('can be used with the keyboard alone: red flags, a tick with Space, details with Enter', async () => {
    await panel.reload();
    await panel
      .getByRole('checkbox', { name: /^May apply to me:/ })
      .first()
      .waitFor();
    const focused = () =>
      panel.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return element.getAttribute('aria-label') ?? element.id ?? '';
      });

    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Seek care now');
    await panel.keyboard.press('Enter');
    // Focus moves once the panel has shown the place (a render later).
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('seek-care');

    const target = 'May apply to me: Sex that is too frequent, long or intense';
    for (let presses = 0; presses < 40 && (await focused()) !== target; presses++) await panel.keyboard.press('Tab');
    expect(await focused()).toBe(target);
    await panel.keyboard.press('Space');
    expect(await panel.getByRole('checkbox', { name: target }).isChecked()).toBe(true);

    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await panel.keyboard.press('Enter');
    expect(await panel.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open)).toBe(true);
    const outline = await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it.each([
    ['320 px wide', 320, '100%'],
    ['200% zoom of 320 px', 640, '200%'],
  ])('fits without sideways scrolling at %s', async (_, width, zoom) => {
    await panel.setViewportSize({ width, height: 800 });
    await panel.evaluate(
      (level) => ((document.documentElement.style as CSSStyleDeclaration & { zoom: string }).zoom = level),
      zoom,
    );
    for (const view of VIEW_NAMES) {
      await showOpened(panel, view);
      const overflow = await panel.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, view).toBeLessThanOrEqual(0);
    }
    await panel.evaluate(() => ((document.documentElement.style as CSSStyleDeclaration & { zoom: string }).zoom = ''));
  });

  it('glides to jump targets, except for people who ask for less motion', async () => {
    const behaviour = () => panel.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    await panel.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await behaviour()).toBe('smooth');
    await panel.emulateMedia({ reducedMotion: 'reduce' });
    expect(await behaviour()).toBe('auto');
  });
});

describe('accessibility of the panel following a page, every list of mentions open and the map shown', () => {
  let server: PageServer;
  let session: ChromiumSession;
  let panel: Page;

  beforeAll(async () => {
    server = await servePages({ folders: {}, headers: { 'content-security-policy': "script-src 'none'" } });
    server.route('/long.html', LONG_PAGE);
    server.route('/urgent.html', URGENT_PAGE);
    session = await launchChromium();
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/long.html`);
    await page.waitForFunction(() => CSS.highlights.size > 0);
    panel = await session.context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(`${session.panelUrl}?tabId=${await tabIdOf(session, page)}`);
    await panel.locator('.page-map').waitFor();
    for (const more of await panel.locator('button.show-all').all()) await more.click();
    for (const button of await panel.locator('button[aria-label^="Sentences:"]').all()) await button.click();
    await panel.locator('button.sentence').first().waitFor();
    await panel.locator('.page-map').focus();
    await panel.keyboard.press('ArrowDown');
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (scheme) => {
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    expect(await panel.locator('button.sentence').count()).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(panel)).toEqual([]);
    // The checklist with the page's counts on its items, and a line on the page.
    await showOpened(panel, 'Checklist');
    await panel.locator('#view-checklist .page-brief').waitFor();
    expect(await axeViolations(panel)).toEqual([]);
    await panel.getByRole('tab', { name: 'This page' }).click();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with Seek care now on the page’s signs, then on every sign, in the %s theme',
    async (scheme) => {
      const page = await session.context.newPage();
      await page.goto(`${server.origin}/urgent.html`);
      await page.waitForFunction(() => CSS.highlights.size > 0);
      const urgent = await session.context.newPage();
      await urgent.setViewportSize({ width: 360, height: 800 });
      await urgent.emulateMedia({ colorScheme: scheme });
      await urgent.goto(`${session.panelUrl}?tabId=${await tabIdOf(session, page)}`);
      const showAll = urgent.getByRole('button', { name: /^Show all \d+ warning signs$/ });
      await showAll.waitFor();
      expect(await axeViolations(urgent)).toEqual([]);
      await showAll.click();
      await urgent.getByRole('button', { name: 'Show only the signs this page names', expanded: true }).waitFor();
      expect(await axeViolations(urgent)).toEqual([]);
      await Promise.all([urgent.close(), page.close()]);
    },
  );
});

/** Texts in English (three Latin words or more, no Han) whose element's `lang` says another language. */
function unmarkedEnglish(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const english = /(\p{Script=Latin}+\W+){2,}\p{Script=Latin}/u;
    const han = /\p{Script=Han}/u;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const language = node.parentElement?.closest<HTMLElement>('[lang]')?.lang ?? '';
      if (english.test(text) && !han.test(text) && !language.startsWith('en')) found.push(text.slice(0, 60));
    }
    return found;
  });
}

describe('accessibility of the panel in Chinese', () => {
  let chinese: ChromiumSession;
  let panel: Page;

  beforeAll(async () => {
    chinese = await launchChromium({ language: 'zh-CN' });
    session = chinese;
    await seedDiary();
    panel = await chinese.context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(chinese.panelUrl);
    await panel.locator('#diary .episode').first().waitFor({ state: 'attached' });
  });

  afterAll(async () => {
    await chinese?.close();
  });

  it.each(['zh_CN', 'zh_TW'] as const)(
    'has no axe violations in %s, and marks as English every text not yet in Chinese',
    async (language) => {
      await panel.locator('#language').selectOption(language);
      await expect.poll(() => panel.evaluate(() => document.documentElement.lang)).toBe(language.replace('_', '-'));
      await panel.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      // Each view in turn: axe reads only what is shown.
      for (const tab of await panel.getByRole('tab').all()) {
        await tab.click();
        expect(await axeViolations(panel)).toEqual([]);
        expect(await unmarkedEnglish(panel)).toEqual([]);
      }

      const summary = await chinese.context.newPage();
      await summary.goto(chinese.panelUrl.replace('sidepanel.html', 'summary.html'));
      await summary.locator('.diary-table').waitFor();
      expect(await summary.evaluate(() => document.documentElement.lang)).toBe(language.replace('_', '-'));
      expect(await axeViolations(summary)).toEqual([]);
      expect(await unmarkedEnglish(summary)).toEqual([]);
      await summary.close();
    },
  );
});
