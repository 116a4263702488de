// `npm run bench`: the full highlight pass in real Chromium against mark.js (same lexicon,
// same page, same run) and against a bare TreeWalker pass (the floor). Prints a table and
// one JSON line of ratios. A benchmark, not a test: nothing here passes or fails.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, extensionArgs } from '../../scripts/chromium.mjs';
import { servePages } from '../../scripts/serve-pages.mjs';
import { hostilePages } from '../fixtures/hostile-pages.mjs';
import { profileContentScript } from './profile-content-script.mjs';
/** @import { Plugin } from 'esbuild' */
/** @import { BrowserContext, Page, Worker } from 'playwright-core' */

/** @typedef {{ ms: number, matches: number, worstLongTaskMs: number }} Timing */
/** @typedef {{ cold: Timing, warm?: Timing }} Run */
/** @typedef {Window & { __worstTask?: number }} BenchWindow */

const root = resolve(import.meta.dirname, '../..');
const corpusDir = resolve(root, '../shared/corpus/pages');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CORPUS_PAGES = 4;

/**
 * The lexicon tables the content script gets from scripts/lexicon-table.ts at build time, for esbuild.
 * @returns {Promise<Plugin>}
 */
async function lexiconTablePlugin() {
  const [bundled] = (
    await build({
      entryPoints: [resolve(root, 'scripts/lexicon-table.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
    })
  ).outputFiles;
  if (!bundled) throw new Error('esbuild wrote no lexicon table');
  // Imported from memory: no file to write or to clean up.
  const module = `data:text/javascript;base64,${Buffer.from(bundled.text).toString('base64')}`;
  /** @type {unknown} */
  const imported = await import(module);
  const { tableModuleSource } = /** @type {typeof import('../../scripts/lexicon-table')} */ (imported);
  return {
    name: 'lexicon-table',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^virtual:(lexicon|gate)-table(-han)?$/ }, ({ path }) => ({
        path,
        namespace: 'lexicon',
      }));
      esbuild.onLoad({ filter: /.*/, namespace: 'lexicon' }, ({ path }) => {
        const contents = tableModuleSource(path);
        if (contents === undefined) throw new Error(`no table module ${path}`);
        return { contents, loader: 'js' };
      });
    },
  };
}
const [pageBundle] = (
  await build({
    entryPoints: [resolve(root, 'tests/bench/page-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    plugins: [await lexiconTablePlugin()],
  })
).outputFiles;
if (!pageBundle) throw new Error('esbuild wrote no page script');
const pageScript = pageBundle.text;
const markScript = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

/** The page without its scripts: only the DOM is measured, and nothing else runs. */
const withoutScripts = (/** @type {string} */ html) => html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
const textLength = (/** @type {string} */ html) => html.replace(/<style[\s\S]*?<\/style>|<[^>]+>/g, '').length;

const hasCorpus = existsSync(corpusDir);
if (!hasCorpus) console.log(`No saved pages at ${corpusDir}: the corpus rows and sections are skipped.`);
const allCorpus = hasCorpus
  ? readdirSync(corpusDir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => ({ name, html: withoutScripts(readFileSync(resolve(corpusDir, name), 'utf8')) }))
      .sort((a, b) => textLength(b.html) - textLength(a.html))
  : [];
const corpus = allCorpus.slice(0, CORPUS_PAGES);

const sentence =
  'After a lumbar <em>disc</em> herniation, sciatica and low back pain are common; osteoporosis, kidney stones and high heels are other causes. ';
// The same in Chinese (no spaces; one term split by an inline element), about as many matches:
// matched by the Han matcher, which mark.js is not given, so its columns say nothing on this row.
const chineseSentence =
  '同房后腰疼，可能是腰肌劳损或<em>腰椎</em>间盘突出引起的坐骨神经痛，也要排除尿路感染、肾结石和盆腔炎。';
const generated = [
  { name: 'generated-5k-matches', html: `<body>${`<p>${sentence}</p>`.repeat(700)}</body>` },
  { name: 'generated-50k-matches', html: `<body>${`<p>${sentence.repeat(7)}</p>`.repeat(1000)}</body>` },
  {
    name: 'generated-5k-zh',
    html: `<html lang="zh-CN"><meta charset="utf-8"><body>${`<p>${chineseSentence}</p>`.repeat(700)}</body></html>`,
  },
];
const pages = [...corpus, ...generated];

// Cross-origin isolated pages get a 5 µs clock instead of 100 µs: a bare walk takes a few tenths of a ms.
const server = await servePages({
  folders: {},
  headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
});
for (const page of [...pages, ...allCorpus]) server.route(`/${page.name}`, page.html);

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
const context = await browser.newContext();
await context.route('**/*', (route) =>
  route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
);

const median = (/** @type {number[]} */ values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Every contender on a fresh load of the page (mark.js rewrites the DOM it marks), taking turns, ROUNDS
 * times: a shared machine's load drifts between two loads far less than between two batches of loads.
 * @template {keyof Window['bench']} Contender
 * @param {string} name
 * @param {Contender[]} contenders
 */
async function measure(name, contenders) {
  /** @type {Map<Contender, Run[]>} */
  const runs = new Map(contenders.map((contender) => [contender, []]));
  /** @param {Contender} contender */
  const runsOf = (contender) => runs.get(contender) ?? [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const contender of contenders) {
      const tab = await context.newPage();
      await tab.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
      await tab.addScriptTag({ content: markScript });
      await tab.addScriptTag({ content: pageScript });
      runsOf(contender).push(await tab.evaluate((which) => window.bench[which](), contender));
      await tab.close();
    }
  }
  /** @type {(contender: Contender, phase: keyof Run) => Timing} */
  const summary = (contender, phase) => {
    const timings = runsOf(contender).map((run) => run[phase] ?? { ms: NaN, matches: 0, worstLongTaskMs: 0 });
    return {
      ms: median(timings.map((timing) => timing.ms)),
      matches: timings[0]?.matches ?? 0,
      worstLongTaskMs: Math.max(...timings.map((timing) => timing.worstLongTaskMs)),
    };
  };
  /** @type {(contender: Contender) => { cold: Timing, warm: Timing }} */
  const measured = (contender) => ({ cold: summary(contender, 'cold'), warm: summary(contender, 'warm') });
  /**
   * The median over rounds of one contender's time over another's, each pair from back-to-back loads.
   * @type {(over: Contender, under: Contender, phase: keyof Run) => number}
   */
  const ratio = (over, under, phase) =>
    median(runsOf(over).map((run, round) => (run[phase]?.ms ?? NaN) / (runsOf(under)[round]?.[phase]?.ms ?? NaN)));
  return { measured, ratio };
}

/**
 * Median over ROUNDS fresh loads of the time until the first screen's mentions are painted.
 * @param {string} name
 */
async function measureFirstScreen(name) {
  /** @type {{ ms: number, matches: number }[]} */
  const runs = [];
  for (let round = 0; round < ROUNDS; round++) {
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
    await tab.addScriptTag({ content: pageScript });
    runs.push(await tab.evaluate(() => window.firstScreen()));
    await tab.close();
  }
  return { ms: median(runs.map((run) => run.ms)), matches: runs[0]?.matches ?? 0 };
}

const rows = [];
for (const { name } of pages) {
  const { measured, ratio } = await measure(name, ['bare', 'characters', 'ours', 'mark', 'markRegExp']);
  const [bare, characters, ours, mark, markRegExp] = [
    measured('bare'),
    measured('characters'),
    measured('ours'),
    measured('mark'),
    measured('markRegExp'),
  ];
  const firstScreen = await measureFirstScreen(name);
  rows.push({
    name,
    bare,
    characters,
    ours,
    mark,
    markRegExp,
    firstScreen,
    // -1 matches: mark.js ran out of stack on this page, so it has no time to compare.
    markOverOurs: mark.cold.matches < 0 ? NaN : ratio('mark', 'ours', 'cold'),
    markRegExpOverOurs: ratio('markRegExp', 'ours', 'cold'),
    oursOverBare: ratio('ours', 'bare', 'cold'),
    oursOverBareWarm: ratio('ours', 'bare', 'warm'),
    charactersOverBare: ratio('characters', 'bare', 'cold'),
    charactersOverBareWarm: ratio('characters', 'bare', 'warm'),
  });
}
const version = browser.version();
await browser.close();

/**
 * Hostile pages, with the built extension as a user runs it: the worst main-thread task
 * from page load until the highlights settle, next to the same page without the extension
 * (the pages' own scripts make long tasks of their own).
 * @param {boolean} withExtension
 */
async function worstTasks(withExtension) {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  const extension = resolve(root, '.output/chrome-mv3');
  const profile = mkdtempSync(resolve(tmpdir(), 'lumbar-lens-bench-'));
  const hostileContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(withExtension ? extensionArgs(extension) : [])],
  });
  const worker = withExtension
    ? (hostileContext.serviceWorkers()[0] ?? (await hostileContext.waitForEvent('serviceworker')))
    : null;
  /** @type {Record<string, number>} */
  const worst = {};
  /** @type {Record<string, number>} */
  const heapBytes = {};
  let renderAfterChangeMs = NaN;
  for (const hostile of hostilePages) {
    const tab = await hostileContext.newPage();
    await tab.addInitScript(() => {
      const own = /** @type {BenchWindow} */ (window);
      own.__worstTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) own.__worstTask = Math.max(own.__worstTask ?? 0, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await tab.goto(`${server.origin}/hostile/${hostile.name}.html`);
    if (hostile.durationMs)
      await tab.waitForFunction(() => document.body.dataset.done === 'yes', null, { timeout: hostile.durationMs * 3 });
    // Polled by hand: Playwright's own waiting code uses built-ins a hostile page breaks.
    const countHighlights = () => {
      let total = 0;
      CSS.highlights.forEach((highlight) => (total += highlight.size));
      return total;
    };
    for (let waited = 0; withExtension && waited < 60_000; waited += 100) {
      if ((await tab.evaluate(countHighlights)) === hostile.expected) break;
      await tab.waitForTimeout(100);
    }
    await tab.waitForTimeout(1000);
    worst[hostile.name] = await tab.evaluate(() => /** @type {BenchWindow} */ (window).__worstTask ?? 0);
    if (hostile.name === 'fifty-thousand-matches') {
      heapBytes[hostile.name] = await heapUsed(hostileContext, tab);
      renderAfterChangeMs = await renderAfterChange(tab);
    }
    await tab.close();
  }
  const extensionCosts = worker ? await contentScriptCosts(hostileContext, worker) : null;
  await hostileContext.close();
  rmSync(profile, { recursive: true, force: true });
  return { worst, heapBytes, extensionCosts, renderAfterChangeMs };
}

/**
 * What a page pays in every frame in which it changes its DOM: the page changes one word, and the
 * time from that frame's animation callbacks to the first task after the frame (style, layout,
 * the highlight markers, paint) is taken, a median of 15 frames.
 * @param {Page} tab
 */
function renderAfterChange(tab) {
  return tab.evaluate(async () => {
    const word = document.body.appendChild(document.createElement('div'));
    /** @type {number[]} */
    const times = [];
    for (let frame = 0; frame < 15; frame++) {
      await new Promise((resume) => setTimeout(resume, 50));
      word.textContent = `change ${frame}`;
      times.push(
        await new Promise((/** @type {(ms: number) => void} */ measured) =>
          requestAnimationFrame(() => {
            const start = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => measured(performance.now() - start);
            channel.port2.postMessage(null);
          }),
        ),
      );
    }
    return times.sort((a, b) => a - b)[7] ?? NaN;
  });
}

/**
 * The tab's JavaScript heap after a full collection: page and content script share it.
 * @param {BrowserContext} browserContext
 * @param {Page} tab
 */
async function heapUsed(browserContext, tab) {
  const cdp = await browserContext.newCDPSession(tab);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** @param {BrowserContext} browserContext @param {Worker} worker */
async function contentScriptCosts(browserContext, worker) {
  const largest = allCorpus[0]?.name;
  if (!largest) return null;
  const forced = [];
  for (let round = 0; round < ROUNDS; round++)
    forced.push(await profileContentScript(browserContext, worker, server.origin, largest, true));
  /** @type {number[]} */
  const notHealth = [];
  for (const page of allCorpus) {
    const cost = await profileContentScript(browserContext, worker, server.origin, page.name, false);
    if (cost.verdict === 'not-health') notHealth.push(cost.ms);
  }
  return {
    largest,
    forcedMs: median(forced.map((cost) => cost.ms)),
    notHealthMedianMs: notHealth.length ? median(notHealth) : NaN,
    notHealthPages: notHealth.length,
    corpusPages: allCorpus.length,
  };
}
for (const hostile of hostilePages) server.route(`/hostile/${hostile.name}.html`, hostile.html);
const withExtension = await worstTasks(true);
const withoutExtension = await worstTasks(false);
const hostileWith = withExtension.worst;
const hostileWithout = withoutExtension.worst;
const costs = withExtension.extensionCosts;
const heapGrowth =
  (withExtension.heapBytes['fifty-thousand-matches'] ?? NaN) -
  (withoutExtension.heapBytes['fifty-thousand-matches'] ?? NaN);
await server.close();

/** @type {(value: string | number, width: number) => string} */
const pad = (value, width) => String(value).padStart(width);
const times = (/** @type {number} */ value) => (Number.isNaN(value) ? 'overflow' : `${value.toFixed(1)}×`);
console.log(
  `Full highlight pass in Chromium ${version}: medians of ${ROUNDS} fresh page loads per cell, the contenders taking turns;`,
);
console.log('ratios are medians of the ratios of back-to-back loads.');
console.log('cold = first pass on a freshly loaded page; warm = the same pass repeated on that page.');
console.log('mark.js is given every form we match: as keywords (mark/ours) and as one regular expression (1re/ours).');
console.log(
  `${'page'.padEnd(23)}${pad('matches', 8)}${pad('mark.js', 9)}${pad('1 regexp', 9)}${pad('ours', 7)}${pad('bare', 6)}${pad('mark/ours', 10)}${pad('1re/ours', 9)}${pad('ours/bare', 10)}${pad('warm ours', 10)}${pad('warm bare', 10)}${pad('warm o/b', 9)}${pad('chars/bare', 11)}${pad('warm c/b', 9)}${pad('worst task', 11)}${pad('1st screen', 11)}`,
);
for (const row of rows) {
  const worst = Math.max(row.ours.cold.worstLongTaskMs, row.ours.warm.worstLongTaskMs);
  console.log(
    `${row.name.padEnd(23)}${pad(row.ours.cold.matches, 8)}${pad(row.mark.cold.ms.toFixed(0), 9)}${pad(row.markRegExp.cold.ms.toFixed(0), 9)}${pad(row.ours.cold.ms.toFixed(1), 7)}${pad(row.bare.cold.ms.toFixed(1), 6)}${pad(times(row.markOverOurs), 10)}${pad(times(row.markRegExpOverOurs), 9)}${pad(times(row.oursOverBare), 10)}${pad(row.ours.warm.ms.toFixed(1), 10)}${pad(row.bare.warm.ms.toFixed(1), 10)}${pad(times(row.oursOverBareWarm), 9)}${pad(times(row.charactersOverBare), 11)}${pad(times(row.charactersOverBareWarm), 9)}${pad(worst ? `${worst.toFixed(0)} ms` : 'none', 11)}${pad(firstScreenText(row.firstScreen), 11)}`,
  );
}
console.log(
  '(times in ms; chars = the bare walk reading every character once; worst task = longest main-thread task during our passes,',
);
console.log(' from a long-task observer: none means no task reached 50 ms;');
console.log(
  ' 1st screen = from the start of a cold pass to the first frame with every mention on the first screen registered, and how many there are)',
);
console.log('');
if (costs) {
  const largestRow = rows.find((row) => row.name === costs.largest);
  if (!largestRow) throw new Error(`no row for ${costs.largest}`);
  console.log(
    `Whole content script, V8 CPU profile of the tab (self time of the extension's frames), highlighting forced on ${costs.largest}: ` +
      `${costs.forcedMs.toFixed(1)} ms = ${(costs.forcedMs / largestRow.bare.cold.ms).toFixed(1)}× the cold bare walk (${largestRow.bare.cold.ms.toFixed(1)} ms).`,
  );
  console.log(
    `Pages judged not health pages: median ${costs.notHealthMedianMs.toFixed(2)} ms of content-script time (${costs.notHealthPages} of the ${costs.corpusPages} saved pages, served from 127.0.0.1).`,
  );
}
console.log(
  `Heap growth with the extension on the 50,000-match page (V8 heap after a full GC, with minus without): ${(heapGrowth / 1024 / 1024).toFixed(1)} MB.`,
);
console.log(
  `Rendering a frame in which the 50,000-match page changes one word: ${withExtension.renderAfterChangeMs.toFixed(1)} ms with the extension, ` +
    `${withoutExtension.renderAfterChangeMs.toFixed(1)} ms without (${(withExtension.renderAfterChangeMs / withoutExtension.renderAfterChangeMs).toFixed(1)}×).`,
);
console.log('');
console.log(
  'Hostile pages, built extension loaded: worst main-thread task (long-task observer), from load until highlights settle.',
);
console.log(`${'page'.padEnd(30)}${pad('with extension', 16)}${pad('without', 10)}  what it does`);
for (const hostile of hostilePages) {
  const format = (/** @type {number | undefined} */ ms) => (ms ? `${ms.toFixed(0)} ms` : 'none');
  console.log(
    `${hostile.name.padEnd(30)}${pad(format(hostileWith[hostile.name]), 16)}${pad(format(hostileWithout[hostile.name]), 10)}  ${hostile.description}`,
  );
}
// The content script (the gate) runs in every frame of every page: its size is a cost of its own.
const contentScriptBytes = statSync(resolve(root, '.output/chrome-mv3/highlight-gate.js')).size;
console.log('');
console.log(`Built content script: ${(contentScriptBytes / 1024).toFixed(1)} KB (budget 75 KB)`);
/** @param {{ ms: number, matches: number }} firstScreen */
function firstScreenText(firstScreen) {
  if (!firstScreen.matches) return 'none shown';
  return Number.isNaN(firstScreen.ms) ? 'never' : `${firstScreen.ms.toFixed(0)} ms/${firstScreen.matches}`;
}
const geomean = (/** @type {number[]} */ values) =>
  Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
const round2 = (/** @type {number} */ value) => Number(value.toFixed(2));
console.log(
  JSON.stringify({
    benchmark: 'highlight-pass',
    chromium: version,
    rounds: ROUNDS,
    contentScriptBytes,
    markOverOurs: round2(geomean(rows.map((row) => row.markOverOurs).filter((ratio) => !Number.isNaN(ratio)))),
    markRegExpOverOurs: round2(geomean(rows.map((row) => row.markRegExpOverOurs))),
    oursOverBare: round2(geomean(rows.map((row) => row.oursOverBare))),
    oursOverBareWarm: round2(geomean(rows.map((row) => row.oursOverBareWarm))),
    charactersOverBare: round2(geomean(rows.map((row) => row.charactersOverBare))),
    charactersOverBareWarm: round2(geomean(rows.map((row) => row.charactersOverBareWarm))),
    pages: rows.map((row) => ({
      page: row.name,
      matches: row.ours.cold.matches,
      markMatches: row.mark.cold.matches,
      markOverOurs: Number.isNaN(row.markOverOurs) ? null : round2(row.markOverOurs),
      markRegExpOverOurs: round2(row.markRegExpOverOurs),
      oursOverBare: round2(row.oursOverBare),
      oursOverBareWarm: round2(row.oursOverBareWarm),
      charactersOverBare: round2(row.charactersOverBare),
      charactersOverBareWarm: round2(row.charactersOverBareWarm),
      worstLongTaskMs: Math.round(Math.max(row.ours.cold.worstLongTaskMs, row.ours.warm.worstLongTaskMs)),
      firstScreenMs: Number.isNaN(row.firstScreen.ms) ? null : round2(row.firstScreen.ms),
      firstScreenMatches: row.firstScreen.matches,
    })),
    contentScriptForcedMs: costs ? round2(costs.forcedMs) : null,
    contentScriptOverBare: costs
      ? round2(costs.forcedMs / (rows.find((row) => row.name === costs.largest)?.bare.cold.ms ?? NaN))
      : null,
    notHealthMedianMs: costs ? round2(costs.notHealthMedianMs) : null,
    heapGrowthMB: round2(heapGrowth / 1024 / 1024),
    renderAfterChangeWithMs: round2(withExtension.renderAfterChangeMs),
    renderAfterChangeWithoutMs: round2(withoutExtension.renderAfterChangeMs),
    hostile: hostilePages.map((hostile) => ({
      page: hostile.name,
      worstTaskWithExtensionMs: Math.round(hostileWith[hostile.name] ?? NaN),
      worstTaskWithoutMs: Math.round(hostileWithout[hostile.name] ?? NaN),
    })),
  }),
);
