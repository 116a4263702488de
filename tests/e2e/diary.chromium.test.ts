import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/browsers';
import {
  deleteAll,
  deleteAndUndo,
  exportFile,
  importFile,
  listedEpisodes,
  chromiumDriver,
  logEpisodeByKeyboard,
  type PanelDriver,
} from './support/diary';

/** The tagged PDF's structure elements by type: Chromium writes tables as Table, TR, TH and TD. */
function structure(pdf: Buffer): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, type] of pdf.toString('latin1').matchAll(/\/Type \/StructElem\s*\/S \/(\w+)/g)) {
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

describe('the pain diary in Chromium', () => {
  let session: ChromiumSession;
  let panel: Page;
  let driver: PanelDriver;
  const requests: string[] = [];

  beforeAll(async () => {
    session = await launchChromium();
    session.context.on('request', (request) => requests.push(request.url()));
    panel = await session.context.newPage();
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.goto(session.panelUrl);
    await panel.getByRole('heading', { name: 'Pain diary' }).waitFor();
    driver = chromiumDriver(panel);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('logs two episodes from the keyboard and finds them after a reload', async () => {
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
    await driver.reload();
    await expect.poll(() => listedEpisodes(driver)).toHaveLength(2);
    const listed = (await listedEpisodes(driver)).join('\n');
    expect(listed).toMatch(/Pain 6\/10 Both sides · Hours · Different: Nothing first time/);
    expect(listed).toMatch(
      /Pain 7\/10 Left · Into the next day · Different: Gentler \(less intense\), Another position second time/,
    );
    // One adjustment logged after an episode without: the article's rule speaks.
    await expect
      .poll(() => panel.getByRole('region', { name: 'Your entries and the article’s advice' }).textContent())
      .toContain('have it checked as soon as possible');
  });

  it('deletes an episode and undoes it from the keyboard, with focus where the user needs it', async () => {
    expect(await deleteAndUndo(driver, 'first time')).toEqual({
      afterDelete: 'Undo',
      afterUndo: expect.stringMatching(/^Edit/),
    });
    expect(await listedEpisodes(driver)).toHaveLength(2);
  });

  it('exports JSON and CSV, and imports the JSON back after deleting everything', async () => {
    const json = await exportFile(driver, 'Export as JSON (to import later)');
    expect(json.name).toMatch(/^lumbar-lens-diary-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json.text).episodes).toHaveLength(2);
    const csv = await exportFile(driver, 'Export as CSV (spreadsheet)');
    expect(csv.text.split('\r\n')).toHaveLength(4);

    // The real download, as the user gets it, without the downloads permission.
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export as JSON (to import later)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(json.name);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).episodes).toEqual(JSON.parse(json.text).episodes);

    const before = await listedEpisodes(driver);
    await deleteAll(driver);
    expect(await importFile(driver, 'other.json', '{"entries":[]}')).toBe(
      'Nothing was imported: the file is not a Lumbar Lens diary export.',
    );
    expect(await importFile(driver, json.name, json.text)).toBe(
      'Episodes imported: 2. Already in your diary, so skipped: 0.',
    );
    await expect.poll(() => listedEpisodes(driver)).toEqual(before);
    expect(await importFile(driver, json.name, json.text)).toBe(
      'Episodes imported: 0. Already in your diary, so skipped: 2.',
    );
  });

  it('opens the summary page, shows the entries, and prints to A4 and Letter, with no request made by the diary', async () => {
    await panel.getByRole('checkbox', { name: 'May apply to me: A one-sided or awkward position' }).check();
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
