import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browsers';

describe('the panel across a browser restart, in Chromium', () => {
  const profile = mkdtempSync(join(tmpdir(), 'lumbar-lens-restart-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  // Chromium only: a Firefox add-on loaded for a test is temporary, and leaves with its profile at a restart.
  it('keeps a tick across a browser restart', async () => {
    let session = await launchChromium({ profile });
    try {
      const page = await session.context.newPage();
      await page.goto(session.panelUrl);
      await page.getByRole('searchbox', { name: 'Find a topic' }).fill('sacroiliac');
      await page.getByRole('checkbox', { name: 'May apply to me: Sacroiliac joint strain' }).check();
      // Let storage settle before the browser goes away.
      await page.waitForTimeout(300);
    } finally {
      await session.close();
    }

    session = await launchChromium({ profile });
    try {
      const page = await session.context.newPage();
      await page.goto(session.panelUrl);
      await page.getByRole('button', { name: 'Other causes of low back pain' }).click();
      const tick = page.getByRole('checkbox', { name: 'May apply to me: Sacroiliac joint strain' });
      await expect.poll(() => tick.isChecked()).toBe(true);
      // Every group counted, open or closed.
      expect(await page.locator('.cause input:checked').count()).toBe(1);
    } finally {
      await session.close();
    }
  });
});
