import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './support/browsers';
import {
  deleteAll,
  deleteAndUndo,
  exportFile,
  harnessDriver,
  importFile,
  listedEpisodes,
  logEpisodeByKeyboard,
  showView,
  until,
  type PanelDriver,
} from './support/diary';
import { BROWSERS, type TestBrowser } from './support/harness';

describe.each(BROWSERS)('the pain diary in %s', (_name, launch) => {
  let browser: TestBrowser;
  let panel: PanelDriver;

  beforeAll(async () => {
    browser = await launch();
    panel = harnessDriver(await browser.openPanel());
    await until(panel, () => document.querySelector('#diary form') !== null);
    await showView(panel, 'diary');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('logs two episodes from the keyboard and finds them after a reload', async () => {
    await logEpisodeByKeyboard(panel, {
      pain: 6,
      side: 2,
      duration: 1,
      changes: [false, false, false, false],
      note: 'first time',
    });
    await logEpisodeByKeyboard(panel, {
      pain: 7,
      side: 0,
      duration: 2,
      changes: [false, false, true, true],
      note: 'second time',
    });
    // Let storage settle before the page goes away.
    await new Promise((done) => setTimeout(done, 300));
    await panel.reload();
    await showView(panel, 'diary');
    await waitFor(async () => (await listedEpisodes(panel)).length === 2);
    const listed = (await listedEpisodes(panel)).join('\n');
    expect(listed).toMatch(/Pain 6\/10 Both sides · Hours · Different: Nothing first time/);
    expect(listed).toMatch(
      /Pain 7\/10 Left · Into the next day · Different: Gentler \(less intense\), Another position second time/,
    );
    // An adjustment logged after an episode without one: the article's rule speaks.
    expect(await panel.evaluate(() => document.querySelector('#diary .rule')!.textContent, null)).toContain(
      'have it checked as soon as possible',
    );
  });

  it('deletes an episode and undoes it from the keyboard, with focus where the user needs it', async () => {
    expect(await deleteAndUndo(panel, 'first time')).toEqual({
      afterDelete: 'Undo',
      // An asymmetric matcher is typed `any`; `unknown` keeps the object checked.
      afterUndo: expect.stringMatching(/^Edit/) as unknown,
    });
    expect(await listedEpisodes(panel)).toHaveLength(2);
  });

  it('exports JSON and CSV, refuses a broken file, and imports the JSON back after deleting everything', async () => {
    const json = await exportFile(panel, 'Export as JSON (to import later)');
    expect(json.name).toMatch(/^lumbar-lens-diary-\d{4}-\d{2}-\d{2}\.json$/);
    expect((JSON.parse(json.text) as { episodes: unknown[] }).episodes).toHaveLength(2);
    const csv = await exportFile(panel, 'Export as CSV (spreadsheet)');
    expect(csv.text.split('\r\n')).toHaveLength(4);

    const before = await listedEpisodes(panel);
    await deleteAll(panel);
    expect(await importFile(panel, 'broken.json', json.text.slice(0, 40))).toMatch(
      /^Nothing was imported: the file is not JSON/,
    );
    expect(await importFile(panel, 'other.json', '{"entries":[]}')).toBe(
      'Nothing was imported: the file is not a Lumbar Lens diary export.',
    );
    expect(await importFile(panel, json.name, json.text)).toBe(
      'Episodes imported: 2. Already in your diary, so skipped: 0.',
    );
    await waitFor(async () => JSON.stringify(await listedEpisodes(panel)) === JSON.stringify(before));
    expect(await importFile(panel, json.name, json.text)).toBe(
      'Episodes imported: 0. Already in your diary, so skipped: 2.',
    );
  });

  it('shows the entries on the summary page', async () => {
    await panel.evaluate(() => location.assign('summary.html'), null);
    await waitFor(() => panel.evaluate(() => document.querySelectorAll('.diary-table tbody tr').length === 2, null));
    expect(await panel.evaluate(() => document.querySelector('.diary-table caption')!.textContent, null)).toBe(
      'My episodes (2), newest first',
    );
    expect(await panel.evaluate(() => document.querySelector('.diary-table')!.textContent, null)).toContain(
      'second time',
    );
  });
});
