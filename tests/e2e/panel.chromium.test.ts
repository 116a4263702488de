import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browsers';
import { root } from './support/paths';

describe('the side panel in Chromium', () => {
  const profile = mkdtempSync(join(tmpdir(), 'lumbar-lens-restart-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('shows the 13 causes and the related articles, and keeps a tick across a reload and a restart', async () => {
    let session = await launchChromium({ profile });
    try {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 360, height: 900 });
      await page.goto(session.panelUrl);
      await expect.poll(() => page.getByRole('checkbox', { name: /^May apply to me:/ }).count()).toBe(13);
      expect(await page.getByRole('region', { name: 'Related articles' }).getByRole('button').count()).toBe(16);
      await page.screenshot({ path: resolve(root, 'docs/panel.png'), fullPage: false });

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
