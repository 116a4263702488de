import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { servePages } from '../../scripts/serve-pages.mjs';
import { launchChromium } from './support/browsers';
import { pagesDir } from './support/paths';
import { openPanelFor } from './support/session';

describe('the side panel in Chromium', () => {
  const profile = mkdtempSync(join(tmpdir(), 'lumbar-lens-restart-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  // The README's and the stores' pictures of this are taken by `npm run screenshots`.
  it('follows the demo page and lists what it found there', async () => {
    const server = await servePages({ folders: { '/': pagesDir } });
    const session = await launchChromium();
    try {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 900, height: 640 });
      await page.goto(`${server.origin}/back-pain.html`);
      await page.waitForFunction(() => CSS.highlights.size > 0);
      const panel = await openPanelFor(session, page);
      await panel.setViewportSize({ width: 360, height: 1100 });
      // The demo page names the spine's diseases six times, more than any other topic.
      await panel.getByRole('button', { name: '6 mentions on this page' }).first().waitFor();
      const found = panel.getByRole('region', { name: 'On this page' }).getByRole('listitem');
      expect(await found.count()).toBeGreaterThan(5);
      const beyond = panel.getByRole('list', { name: 'Also on this page, not in the article' });
      expect(await beyond.getByRole('listitem').allTextContents()).toContainEqual(
        expect.stringMatching(/^Urinary tract infection \(UTI\) · Not in the article — from NHS/),
      );
    } finally {
      await session.close();
      await server.close();
    }
  });

  it('shows the 13 causes and the related articles, and keeps a tick across a reload and a restart', async () => {
    let session = await launchChromium({ profile });
    try {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 360, height: 900 });
      await page.goto(session.panelUrl);
      await expect.poll(() => page.locator('[data-cause] input[type=checkbox]').count()).toBe(13);
      expect(await page.getByRole('region', { name: 'Related articles' }).getByRole('button').count()).toBe(16);

      const tick = page.getByRole('checkbox', { name: 'May apply to me: Sacroiliac joint strain' });
      await tick.check();
      await page.reload();
      await expect.poll(() => tick.isChecked()).toBe(true);
    } finally {
      await session.close();
    }

    session = await launchChromium({ profile });
    try {
      const page = await session.context.newPage();
      await page.goto(session.panelUrl);
      const tick = page.getByRole('checkbox', { name: 'May apply to me: Sacroiliac joint strain' });
      await expect.poll(() => tick.isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: /^May apply to me:/, checked: true }).count()).toBe(1);
    } finally {
      await session.close();
    }
  });
});
