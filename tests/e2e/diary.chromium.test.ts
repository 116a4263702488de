// Chromium only: Playwright sees the real download, every request and the page printed to PDF; the diary's steps run in both browsers in diary.test.ts.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/browsers';
import { chromiumDriver, logEpisodeByKeyboard } from './support/diary';

/** The tagged PDF's structure elements by type: Chromium writes tables as Table, TR, TH and TD. */
function structure(pdf: Buffer): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, type] of pdf.toString('latin1').matchAll(/\/Type \/StructElem\s*\/S \/(\w+)/g)) {
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

describe('the pain diary’s files and summary page in Chromium', () => {
  let session: ChromiumSession;
  let panel: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    session = await launchChromium();
    session.context.on('request', (request) => requests.push(request.url()));
    panel = await session.context.newPage();
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.goto(session.panelUrl);
    await panel.getByRole('tab', { name: 'Diary' }).click();
    await panel.getByRole('heading', { name: 'Pain diary' }).waitFor();
    const driver = chromiumDriver(panel);
    await logEpisodeByKeyboard(driver, {
      pain: 6,
      side: 2,
      duration: 1,
      changes: [false, false, false, false],
      note: 'first time',
    });
    await logEpisodeByKeyboard(driver, {
      pain: 7,
      side: 0,
      duration: 2,
      changes: [false, false, true, true],
      note: 'second time',
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('saves an export as a real download, without the downloads permission', async () => {
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export as JSON (to import later)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^lumbar-lens-diary-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { episodes: { note: string }[] };
    expect(file).toMatchObject({ format: 'lumbar-lens-diary', version: 1 });
    expect(file.episodes.map((episode) => episode.note).sort()).toEqual(['first time', 'second time']);
  });

  it('opens the summary page, shows the entries, and prints to A4 and Letter, with no request made by the diary', async () => {
    await panel.getByRole('tab', { name: 'Checklist' }).click();
    await panel.getByRole('checkbox', { name: 'May apply to me: A one-sided or awkward position' }).check();
    await panel.getByRole('tab', { name: 'Summary' }).click();
    const [summary] = await Promise.all([
      session.context.waitForEvent('page'),
      panel.getByRole('button', { name: 'Open a printable summary' }).click(),
    ]);
    // A tab the extension opens starts loading before the test sees it: load it again, watched.
    await summary.reload();
    const table = summary.getByRole('table', { name: 'My episodes (2), newest first' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(3);
    expect(await table.textContent()).toContain('second time');
    expect(await summary.getByRole('region', { name: 'Causes I think may apply to me' }).textContent()).toContain(
      'A one-sided or awkward position',
    );
    // Nothing the diary did, from the first episode to this page, went anywhere but the extension.
    const ours = new RegExp(`^(blob:)?chrome-extension://${session.extensionId}/`);
    expect(requests.filter((url) => !ours.test(url))).toEqual([]);
    expect(requests.some((url) => url.endsWith('/summary.html'))).toBe(true);

    await summary.emulateMedia({ media: 'print' });
    expect(await summary.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    // The printable width of each paper at the page's 15 mm margins, in CSS pixels.
    for (const [format, widthPx] of [
      ['A4', (180 / 25.4) * 96],
      ['Letter', (8.5 - 30 / 25.4) * 96],
    ] as const) {
      await summary.setViewportSize({ width: Math.floor(widthPx), height: 1000 });
      const overflow = await summary.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, format).toBeLessThanOrEqual(0);
      const pdf = await summary.pdf({ format, tagged: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(structure(pdf), format).toMatchObject({ Table: 1, TR: 3 });
    }
  });
});
