// `npm run bench:diary`: the pain diary with 10,000 episodes against 20, in real Chromium with
// the built extension: opening the panel (list, chart, rule), the chart's table, logging one
// more, both exports, the summary page, and importing the whole diary. Prints a table and one
// JSON line. A benchmark, not a test: nothing here passes or fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, extensionArgs } from '../../scripts/chromium.mjs';
/** @import { Locator, Page } from 'playwright-core' */
/** @import { Browser } from 'webextension-polyfill' */

/**
 * What the benchmark's pages keep on `window` between two `evaluate` calls.
 * @typedef {Window & {
 *   __longTasks?: { start: number, ms: number }[],
 *   __since?: number | null,
 *   __done?: number | null,
 * }} BenchWindow
 */
/** @typedef {{ ms: number, worstMs: number }} Step */

const root = resolve(import.meta.dirname, '../..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZES = [20, 10_000];

/** A diary as people write it, spread over years: a third with an adjustment, some notes with commas and quotes. */
/** @param {number} count */
function diary(count) {
  let seed = 11;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const pick = (/** @type {string[]} */ list) => list[Math.floor(random() * list.length)];
  const start = Date.UTC(2016, 0, 1);
  const step = (Date.UTC(2026, 0, 1) - start) / count;
  /** @type {Record<string, object>} */
  const items = {};
  for (let index = 0; index < count; index++) {
    const id = `bench-${index}`;
    const changes =
      random() < 0.33 ? ['less-often', 'shorter', 'gentler', 'position'].filter(() => random() < 0.5) : [];
    items[`diary:${id}`] = {
      version: 1,
      id,
      at: new Date(Math.round(start + index * step)).toISOString(),
      pain: Math.floor(random() * 11),
      side: pick(['left', 'right', 'both', 'middle']),
      duration: pick(['minutes', 'hours', 'next-day']),
      changes,
      note: random() < 0.2 ? pick(['after a long day', 'stiff, "sharp" on the left', '=not a formula']) : '',
    };
  }
  return items;
}

execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
const extension = resolve(root, '.output/chrome-mv3');
const profile = mkdtempSync(resolve(tmpdir(), 'lumbar-lens-bench-diary-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless: true,
  args: [...CHROMIUM_ARGS, ...extensionArgs(extension)],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const origin = `chrome-extension://${new URL(worker.url()).host}`;

// Every page records its long tasks, and when the selector it is told to watch first matches.
await context.addInitScript(() => {
  const own = /** @type {BenchWindow} */ (window);
  own.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) own.__longTasks?.push({ start: entry.startTime, ms: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
});

/** @param {number} count */
async function seed(count) {
  await worker.evaluate(async (items) => {
    const { storage } = /** @type {{ chrome: Browser }} */ (/** @type {unknown} */ (globalThis)).chrome;
    await storage.local.clear();
    await storage.local.set(items);
  }, diary(count));
}

/**
 * Milliseconds from navigation start until `selector` matches, and the worst task until 300 ms later.
 * @param {string} path
 * @param {string} selector
 */
async function open(path, selector) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 900 });
  await page.goto(`${origin}/${path}`, { waitUntil: 'commit' });
  await page.waitForSelector(selector, { timeout: 120_000 });
  const readyMs = await page.evaluate(() => performance.now());
  await page.waitForTimeout(300);
  const worstMs = await page.evaluate(() => {
    const own = /** @type {BenchWindow} */ (window);
    return Math.max(0, ...(own.__longTasks ?? []).map((task) => task.ms));
  });
  return { page, ms: readyMs, worstMs };
}

/**
 * Milliseconds an action in the page takes until it resolves, and the worst task meanwhile.
 * The action is source text, evaluated as an expression through the debugging protocol: the
 * extension page's CSP forbids building functions from text inside the page.
 * @param {Page} page
 * @param {string} action
 * @param {unknown} [arg]
 * @returns {Promise<Step>}
 */
async function timed(page, action, arg) {
  return page.evaluate(`(async () => {
    const since = performance.now();
    await (${action})(${JSON.stringify(arg ?? null)});
    const ms = performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const worstMs = Math.max(0, ...window.__longTasks.filter((task) => task.start >= since).map((task) => task.ms));
    return { ms, worstMs };
  })()`);
}

const waitUntil = (/** @type {() => boolean} */ check) =>
  /** @type {Promise<void>} */ (
    new Promise((resolve) => {
      const poll = () => (check() ? resolve() : requestAnimationFrame(poll));
      poll();
    })
  );

/**
 * A person's click (trusted input, in a task of its own), timed in the page from the click
 * until `watch` notes the result, with the worst main-thread task from the click on.
 * @param {Page} page
 * @param {Locator} locator
 * @param {(arg: string) => void} watch
 * @param {string} [arg]
 * @returns {Promise<Step>}
 */
async function clickTimed(page, locator, watch, arg) {
  await page.evaluate(watch, arg ?? '');
  await page.evaluate(() => {
    const own = /** @type {BenchWindow} */ (window);
    own.__since = null;
    document.addEventListener('click', () => (own.__since ??= performance.now()), { capture: true, once: true });
  });
  await locator.click();
  await page.waitForFunction(() => /** @type {BenchWindow} */ (window).__done !== null, null, { timeout: 120_000 });
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const own = /** @type {BenchWindow} */ (window);
    const since = own.__since ?? 0;
    return {
      ms: (own.__done ?? 0) - since,
      worstMs: Math.max(
        0,
        ...(own.__longTasks ?? []).filter((task) => task.start + task.ms >= since).map((task) => task.ms),
      ),
    };
  });
}

/** Done when the file is handed to the browser's download (which is stopped there). */
function watchExport() {
  const own = /** @type {BenchWindow} */ (window);
  own.__done = null;
  const caught = (/** @type {MouseEvent} */ event) => {
    if (!(event.target instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    own.__done = performance.now();
    document.removeEventListener('click', caught, true);
  };
  document.addEventListener('click', caught, true);
}

/**
 * Done when the diary's status says `text`.
 * @param {string} text
 */
function watchStatus(text) {
  const own = /** @type {BenchWindow} */ (window);
  own.__done = null;
  const status = document.querySelector('#diary [role="status"]');
  if (!status) throw new Error('the diary has no status line');
  new MutationObserver((_, observer) => {
    if (status.textContent !== text) return;
    own.__done = performance.now();
    observer.disconnect();
  }).observe(status, { childList: true, characterData: true, subtree: true });
}

/** Done when the chart's table is open and drawn. */
function watchTable() {
  const own = /** @type {BenchWindow} */ (window);
  own.__done = null;
  document
    .querySelector('.chart-table')
    ?.addEventListener(
      'toggle',
      () => requestAnimationFrame(() => setTimeout(() => (own.__done = performance.now()))),
      {
        once: true,
      },
    );
}

const median = (/** @type {number[]} */ values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** @type {Record<number, Record<string, Step>>} */
const results = {};
let exported = '';

for (const size of SIZES) {
  /** @type {Record<string, Step>[]} */
  const runs = [];
  for (let round = 0; round < ROUNDS; round++) {
    await seed(size);
    /** @type {Record<string, Step>} */
    const run = {};
    const storageRead = await worker.evaluate(async () => {
      const since = performance.now();
      await /** @type {{ chrome: Browser }} */ (/** @type {unknown} */ (globalThis)).chrome.storage.local.get(null);
      return performance.now() - since;
    });
    run.storageRead = { ms: storageRead, worstMs: 0 };
    const panel = await open('sidepanel.html', '#diary .episode');
    run.openPanel = { ms: panel.ms, worstMs: panel.worstMs };
    const page = panel.page;
    run.chartTable = await clickTimed(page, page.getByText('The chart as a table'), watchTable);
    for (const [group, choice] of [
      [/^Pain, from 0/, '4'],
      ['Where', 'Left'],
      ['How long it lasted', 'Hours'],
    ]) {
      await page.getByRole('group', { name: group }).first().getByRole('radio', { name: choice }).check();
    }
    run.logOne = await clickTimed(
      page,
      page.getByRole('button', { name: 'Log episode' }),
      watchStatus,
      'Episode logged.',
    );
    run.exportCsv = await clickTimed(
      page,
      page.getByRole('button', { name: 'Export as CSV (spreadsheet)' }),
      watchExport,
    );
    run.exportJson = await clickTimed(
      page,
      page.getByRole('button', { name: 'Export as JSON (to import later)' }),
      watchExport,
    );
    if (round === 0 && size === SIZES.at(-1)) {
      exported = await panel.page.evaluate(
        (items) =>
          JSON.stringify({ format: 'lumbar-lens-diary', version: 1, exportedAt: '', episodes: Object.values(items) }),
        diary(size),
      );
    }
    await panel.page.close();
    const summary = await open('summary.html', '.diary-table tbody tr');
    run.summaryPage = { ms: summary.ms, worstMs: summary.worstMs };
    await summary.page.close();

    await seed(0);
    const empty = await open('sidepanel.html', '#diary form');
    const file =
      size === SIZES.at(-1)
        ? exported
        : JSON.stringify({
            format: 'lumbar-lens-diary',
            version: 1,
            exportedAt: '',
            episodes: Object.values(diary(size)),
          });
    run.importAll = await timed(
      empty.page,
      `async (text) => {
        const input = document.getElementById('diary-import');
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'diary.json'));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await (${waitUntil.toString()})(() => /^Episodes imported/.test(document.querySelector('.diary-files [role="status"]').textContent));
      }`,
      file,
    );
    await empty.page.close();
    runs.push(run);
  }
  results[size] = Object.fromEntries(
    Object.keys(runs[0] ?? {}).map((step) => [
      step,
      {
        ms: median(runs.map((run) => run[step]?.ms ?? NaN)),
        worstMs: median(runs.map((run) => run[step]?.worstMs ?? NaN)),
      },
    ]),
  );
}
const version = context.browser()?.version() ?? 'unknown';
await context.close();
rmSync(profile, { recursive: true, force: true });

/** @type {Record<string, string>} */
const labels = {
  storageRead: 'storage.local.get(null)',
  openPanel: 'open the panel (list, chart, rule)',
  chartTable: "open the chart's table",
  logOne: 'log one more episode',
  exportCsv: 'export CSV',
  exportJson: 'export JSON',
  summaryPage: 'open the summary page',
  importAll: 'import the whole diary (empty before)',
};
const [small = 0, large = 0] = SIZES;
/** @type {(value: string | number, width: number) => string} */
const pad = (value, width) => String(value).padStart(width);
const format = (/** @type {number} */ ms) => (ms ? `${ms.toFixed(0)} ms` : 'none');
/** @type {(size: number, step: string) => Step} */
const resultOf = (size, step) => results[size]?.[step] ?? { ms: NaN, worstMs: NaN };
console.log(
  `Pain diary in Chromium ${version}: medians of ${ROUNDS} rounds; worst task = longest main-thread task in the step (long-task observer, none = under 50 ms).`,
);
console.log(
  `${'step'.padEnd(40)}${pad(`${small} eps`, 10)}${pad(`${large} eps`, 12)}${pad('ratio', 8)}${pad('worst task', 12)}`,
);
for (const step of Object.keys(labels)) {
  const a = resultOf(small, step);
  const b = resultOf(large, step);
  console.log(
    `${(labels[step] ?? step).padEnd(40)}${pad(`${a.ms.toFixed(1)} ms`, 10)}${pad(`${b.ms.toFixed(1)} ms`, 12)}${pad(`${(b.ms / a.ms).toFixed(1)}×`, 8)}${pad(format(b.worstMs), 12)}`,
  );
}
const round1 = (/** @type {number} */ value) => Number(value.toFixed(1));
console.log(
  JSON.stringify({
    benchmark: 'diary',
    chromium: version,
    rounds: ROUNDS,
    steps: Object.fromEntries(
      Object.keys(labels).map((step) => [
        step,
        {
          [`ms${small}`]: round1(resultOf(small, step).ms),
          [`ms${large}`]: round1(resultOf(large, step).ms),
          worstTaskMs: Math.round(resultOf(large, step).worstMs),
        },
      ]),
    ),
  }),
);
