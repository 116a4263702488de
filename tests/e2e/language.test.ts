import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { launchChromium, launchFirefox, openInFirefox, reloadInFirefox, waitFor } from './support/browsers';
import { centreOf } from './support/highlights';
import { page } from './support/pages';

// Needs the browsers' Chinese UI: Debian's chromium-l10n, and firefox-esr-l10n-zh-cn for Firefox.
const PID_PAGE = page(
  `<h1>Back pain after sex</h1>
   <p>Pelvic inflammatory disease can cause deep pain during sex and a dull ache in the lower back.</p>
   <p>Endometriosis and a urinary tract infection are other causes of lower back pain.</p>`,
);

describe('the language, in Chromium', () => {
  const profile = mkdtempSync(join(tmpdir(), 'lumbar-lens-language-'));
  let server: PageServer;

  beforeAll(async () => {
    server = await servePages({ folders: {} });
    server.route('/pid.html', PID_PAGE);
  });

  afterAll(async () => {
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('opens in Chinese in a Chinese browser, and the card on a page speaks it too', async () => {
    const session = await launchChromium({ language: 'zh-CN' });
    try {
      const panel = await session.context.newPage();
      await panel.goto(session.panelUrl);
      await expect.poll(() => panel.locator('h2').first().textContent()).toBe('需要马上就医');
      expect(await panel.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await panel.getByRole('combobox', { name: '语言' }).inputValue()).toBe('auto');

      const tab = await session.context.newPage();
      await tab.goto(`${server.origin}/pid.html`);
      await expect.poll(() => tab.evaluate(centreOf, 'Pelvic inflammatory disease')).not.toBeNull();
      const point = (await tab.evaluate(centreOf, 'Pelvic inflammatory disease'))!;
      await tab.mouse.move(point.x, point.y);
      await expect.poll(() => tab.locator('lumbar-lens-card').count()).toBe(1);
      const cdp = await session.context.newCDPSession(tab);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { role?: { value: string }; name?: { value: string } }[];
      };
      const names = nodes.map((node) => node.name?.value ?? '');
      expect(names).toContain('在面板中查看');
      expect(names).toContain('文章中没有：内容依据 NHS');
    } finally {
      await session.close();
    }
  });

  it('switches at once from the panel, and keeps the choice across a restart', async () => {
    let session = await launchChromium({ profile, language: 'zh-CN' });
    try {
      const panel = await session.context.newPage();
      await panel.goto(session.panelUrl);
      await panel.getByRole('combobox', { name: '语言' }).selectOption('zh_TW');
      await expect.poll(() => panel.locator('h2').first().textContent()).toBe('需要馬上就醫');
      expect(await panel.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
      await panel.getByRole('combobox', { name: '語言' }).selectOption('en');
      await expect.poll(() => panel.locator('h2').first().textContent()).toBe('Seek care now');
      await panel.waitForTimeout(300);
    } finally {
      await session.close();
    }

    session = await launchChromium({ profile, language: 'zh-CN' });
    try {
      const panel = await session.context.newPage();
      await panel.goto(session.panelUrl);
      await expect.poll(() => panel.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('en');
      expect(await panel.locator('h2').first().textContent()).toBe('Seek care now');
      expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    } finally {
      await session.close();
    }
  });

  it('fits the panel in each language without overflowing', async () => {
    const session = await launchChromium();
    try {
      const panel = await session.context.newPage();
      await panel.setViewportSize({ width: 400, height: 800 });
      await panel.goto(session.panelUrl);
      for (const [choice, heading] of [
        ['zh_CN', '需要马上就医'],
        ['zh_TW', '需要馬上就醫'],
        ['en', 'Seek care now'],
      ]) {
        await panel.locator('#language').selectOption(choice);
        await expect.poll(() => panel.locator('h2').first().textContent()).toBe(heading);
        await panel.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        const overflowing = await panel.evaluate(() => document.documentElement.scrollWidth > innerWidth);
        expect(overflowing, choice).toBe(false);
        if (process.env.LANGUAGE_SCREENSHOTS) {
          await panel.screenshot({ path: join(process.env.LANGUAGE_SCREENSHOTS, `panel-${choice}.png`) });
        }
      }
    } finally {
      await session.close();
    }
  });
});

describe('the language, in Firefox', () => {
  it('opens in Chinese in a Chinese Firefox, and keeps a choice across a reload', async () => {
    const session = await launchFirefox({ 'intl.locale.requested': 'zh-CN' });
    try {
      const panel = (await session.browser.pages())[0] ?? (await session.browser.newPage());
      await openInFirefox(panel, session.panelUrl);
      const heading = () => panel.evaluate(() => document.querySelector('h2')?.textContent ?? '');
      await waitFor(async () => (await heading()) === '需要马上就医');
      expect(await panel.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

      await panel.select('#language', 'zh_TW');
      await waitFor(async () => (await heading()) === '需要馬上就醫');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await reloadInFirefox(panel);
      await waitFor(async () => (await heading()) === '需要馬上就醫');
      expect(await panel.evaluate(() => (document.getElementById('language') as HTMLSelectElement).value)).toBe(
        'zh_TW',
      );
    } finally {
      await session.close();
    }
  });
});
