import { describe, expect, it } from 'vitest';
import { launchFirefox, openInFirefox, reloadInFirefox, waitFor } from './support/browsers';

describe('the sidebar in Firefox', () => {
  it('shows the 13 causes and the related articles, and keeps a tick across a reload', async () => {
    const session = await launchFirefox();
    try {
      const page = await session.browser.newPage();
      await openInFirefox(page, session.panelUrl);
      await waitFor(async () => (await page.$$('[data-cause] input[type=checkbox]')).length === 13);
      const related = await page.$$eval('section.related button', (buttons) =>
        buttons.map((button) => button.textContent),
      );
      expect(related).toHaveLength(16);
      expect(related).toContain('Sex is good for your brain');

      await page.click('#tick-disc-herniation');
      await waitFor(() => page.$eval('#tick-disc-herniation', (box) => (box as HTMLInputElement).checked));
      // Let storage settle before the page goes away.
      await new Promise((done) => setTimeout(done, 300));
      await reloadInFirefox(page);
      await waitFor(() => page.$eval('#tick-disc-herniation', (box) => (box as HTMLInputElement).checked));
      const checked = await page.$$eval('.cause input[type=checkbox]', (boxes) =>
        boxes.filter((box) => (box as HTMLInputElement).checked).map((box) => box.id),
      );
      expect(checked).toEqual(['tick-disc-herniation']);
    } finally {
      await session.close();
    }
  });
});
