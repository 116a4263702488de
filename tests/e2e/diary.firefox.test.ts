import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openInFirefox, waitFor, type FirefoxSession } from './support/browsers';
import {
  deleteAll,
  deleteAndUndo,
  exportFile,
  importFile,
  listedEpisodes,
  firefoxDriver,
  logEpisodeByKeyboard,
  type PanelDriver,
} from './support/diary';

describe('the pain diary in Firefox', () => {
  let session: FirefoxSession;
  let panel: Page;
  let driver: PanelDriver;

  beforeAll(async () => {
    session = await launchFirefox();
    panel = await session.browser.newPage();
    await openInFirefox(panel, session.panelUrl);
    await waitFor(async () => (await panel.$('#diary form')) !== null);
    driver = firefoxDriver(panel);
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
    // Let storage settle before the page goes away.
    await new Promise((done) => setTimeout(done, 300));
    await driver.reload();
    await waitFor(async () => (await listedEpisodes(driver)).length === 2);
    const listed = (await listedEpisodes(driver)).join('\n');
    expect(listed).toMatch(/Pain 6\/10 Both sides · Hours · Different: Nothing first time/);
    expect(listed).toMatch(
      /Pain 7\/10 Left · Into the next day · Different: Gentler \(less intense\), Another position second time/,
    );
    expect(await panel.$eval('#diary .rule', (rule) => rule.textContent)).toContain(
      'have it checked as soon as possible',
    );
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
    expect(JSON.parse(json.text).episodes).toHaveLength(2);
    const csv = await exportFile(driver, 'Export as CSV (spreadsheet)');
    expect(csv.text.split('\r\n')).toHaveLength(4);

    const before = await listedEpisodes(driver);
    await deleteAll(driver);
    expect(await importFile(driver, 'broken.json', json.text.slice(0, 40))).toMatch(
      /^Nothing was imported: the file is not JSON/,
    );
    expect(await importFile(driver, json.name, json.text)).toBe(
      'Episodes imported: 2. Already in your diary, so skipped: 0.',
    );
    await waitFor(async () => JSON.stringify(await listedEpisodes(driver)) === JSON.stringify(before));
  });

  it('shows the entries on the summary page', async () => {
    const summary = await session.browser.newPage();
    await openInFirefox(summary, session.panelUrl.replace('sidepanel.html', 'summary.html'));
    await waitFor(async () => (await summary.$$('.diary-table tbody tr')).length === 2);
    expect(await summary.$eval('.diary-table', (table) => table.textContent)).toContain('second time');
    expect(await summary.$eval('.diary-table caption', (caption) => caption.textContent)).toBe(
      'My episodes (2), newest first',
    );
  });
});
