// `npm run bench:not-health -- <git ref>`: what a page that is not a health page costs the content
// script with this working tree's build, against the build of an earlier commit and a floor (a
// content script that only answers), taking turns in one run over the saved pages; what each of a dozen frames costs; and how soon a health
// page shows its first highlight. Prints medians and their ratio; nothing passes or fails.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, extensionArgs } from '../../scripts/chromium.mjs';
import { servePages } from '../../scripts/serve-pages.mjs';
import { profileContentScript, timeToFirstHighlight } from './profile-content-script.mjs';

const root = resolve(import.meta.dirname, '../..');
// CORPUS_DIR names the saved pages where they are not beside the repository (a worktree elsewhere).
const corpusDir = process.env.CORPUS_DIR ?? resolve(root, '../shared/corpus/pages');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const baselineRef = process.argv[2];
if (!baselineRef) {
  console.error('Say which commit to compare with: npm run bench:not-health -- <git ref>, e.g. HEAD~3');
  process.exit(2);
}
if (!existsSync(corpusDir)) {
  console.log(`No saved pages at ${corpusDir}: nothing to measure.`);
  process.exit(0);
}

const scratch = mkdtempSync(resolve(tmpdir(), 'lumbar-lens-not-health-'));
const median = (/** @type {number[]} */ values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return ((sorted[(sorted.length - 1) >> 1] ?? NaN) + (sorted[sorted.length >> 1] ?? NaN)) / 2;
};

/** @param {string} folder @param {string} name */
function buildInto(folder, name) {
  execFileSync('npx', ['wxt', 'build'], { cwd: folder, stdio: 'ignore' });
  const copy = resolve(scratch, name);
  cpSync(resolve(folder, '.output/chrome-mv3'), copy, { recursive: true });
  return copy;
}

/**
 * The floor: the current build with its content script replaced by one that only answers the panel's
 * "what is this page" (all the benchmark asks), so that what any content script costs in an isolated
 * world (the world itself, a listener, an answer) is measured beside what judging the page adds.
 */
const FLOOR_SCRIPT = `chrome.runtime.onMessage.addListener((message, _sender, answer) => {
  if (message?.type === 'get-page-status')
    answer({ host: location.hostname, verdict: 'not-health', state: 'not-health', counts: {}, urgentTerms: [] });
});
`;

/** @type {{ current: string, baseline?: string, floor?: string }} */
const builds = { current: buildInto(root, 'current') };
builds.floor = resolve(scratch, 'floor');
cpSync(builds.current, builds.floor, { recursive: true });
writeFileSync(resolve(builds.floor, 'highlight-gate.js'), FLOOR_SCRIPT);
const tree = resolve(scratch, 'baseline-tree');
execFileSync('git', ['worktree', 'add', '--detach', tree, baselineRef], { cwd: root, stdio: 'ignore' });
try {
  symlinkSync(resolve(root, 'node_modules'), resolve(tree, 'node_modules'));
  builds.baseline = buildInto(tree, 'baseline');
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
}

// Cross-origin isolated pages get a 5 µs clock instead of 100 µs: a walk of a small page takes a few hundredths of a ms.
const server = await servePages({
  folders: { '/fixtures/': resolve(root, 'tests/fixtures/pages') },
  headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
});
const pages = readdirSync(corpusDir).filter((name) => name.endsWith('.html'));
for (const name of pages) {
  server.route(`/${name}`, readFileSync(resolve(corpusDir, name), 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, ''));
}
// A page of a dozen frames, each an ordinary little page (an advert, a widget), as ad-heavy pages have.
const FRAMES = 12;
for (let frame = 0; frame < FRAMES; frame++) {
  server.route(
    `/frames/${frame}.html`,
    `<title>Offer ${frame}</title><body><h2>Today only</h2><p>${'Fresh deals on shoes, phones and garden furniture, delivered to your door. '.repeat(6)}</p><a href="#">Shop now</a></body>`,
  );
}
const framesPage = 'frames/many.html';
server.route(
  `/${framesPage}`,
  `<title>News with adverts</title><body><h1>Local news</h1><p>${'The council met on Tuesday to discuss the new bus timetable. '.repeat(20)}</p>${Array.from({ length: FRAMES }, (_, frame) => `<iframe src="/frames/${frame}.html" width="300" height="250"></iframe>`).join('')}</body>`,
);
/** Health pages of the tests' own, whose first highlights are timed. */
const healthPages = [
  'fixtures/back-pain.html',
  'fixtures/vocabulary/clinic-sacroiliac-joint-pain.html',
  'fixtures/vocabulary/mens-health-prostatitis-back-pain.html',
  'fixtures/vocabulary/forum-lower-back-hurts-after-sex.html',
];

/** @type {{ baseline: number[], current: number[], floor: number[] }} */
const medians = { baseline: [], current: [], floor: [] };
/** @type {{ baseline: object[], current: object[], floor: object[] }} */
const results = { baseline: [], current: [], floor: [] };
for (let round = 1; round <= ROUNDS; round++) {
  for (const which of /** @type {const} */ (['baseline', 'current', 'floor'])) {
    const build = builds[which];
    if (!build) throw new Error(`no ${which} build`);
    const context = await chromium.launchPersistentContext(mkdtempSync(resolve(scratch, 'profile-')), {
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS, ...extensionArgs(build)],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    /** @type {number[]} */
    const costs = [];
    const perPage = [];
    for (const name of pages) {
      const cost = await profileContentScript(context, worker, server.origin, name, false, { walk: true });
      if (cost.verdict !== 'not-health') continue;
      costs.push(cost.ms);
      perPage.push({ name, ms: cost.ms, inclusiveMs: cost.inclusiveMs, walkMs: cost.walkMs ?? NaN });
    }
    const frames = await profileContentScript(context, worker, server.origin, framesPage, false);
    const firstHighlight = [];
    // The floor highlights nothing.
    if (which !== 'floor')
      for (const name of healthPages) firstHighlight.push(await timeToFirstHighlight(context, server.origin, name));
    await context.close();
    medians[which].push(median(costs));
    const ratios = perPage.map((page) => page.inclusiveMs / page.walkMs);
    const worst = perPage[ratios.indexOf(Math.max(...ratios))];
    if (!worst) throw new Error('no page that is not a health page was profiled');
    const result = {
      medianMs: median(costs),
      medianInclusiveMs: median(perPage.map((page) => page.inclusiveMs)),
      medianWalkMs: median(perPage.map((page) => page.walkMs)),
      medianOverWalk: median(ratios),
      worst: { page: worst.name, inclusiveMs: worst.inclusiveMs, walkMs: worst.walkMs, overWalk: Math.max(...ratios) },
      framesPage: {
        verdict: frames.verdict,
        inclusiveMs: frames.inclusiveMs,
        perFrameMs: frames.inclusiveMs / (FRAMES + 1),
      },
      firstHighlightMs: firstHighlight,
    };
    results[which].push(result);
    const label = { baseline: baselineRef, current: 'working tree', floor: 'the floor (a script that only answers)' }[
      which
    ];
    const ms = (/** @type {number} */ value) => `${value.toFixed(2)} ms`;
    console.log(
      `round ${round}, ${label}: ${costs.length} pages not health pages; median ${ms(result.medianMs)} self, ` +
        `${ms(result.medianInclusiveMs)} with what it calls, ${result.medianOverWalk.toFixed(2)}× the character walk ` +
        `(median ${ms(result.medianWalkMs)}); worst ${worst.name} ${ms(worst.inclusiveMs)} = ${result.worst.overWalk.toFixed(1)}× its walk ` +
        `(${ms(worst.walkMs)}); ${FRAMES} frames + top: ${ms(frames.inclusiveMs)} (${ms(result.framesPage.perFrameMs)} a frame, ${frames.verdict}); ` +
        `first highlight after navigation: ${firstHighlight.map((each) => each.toFixed(0)).join(', ')} ms`,
    );
  }
}
await server.close();
rmSync(scratch, { recursive: true, force: true });

const perRound = medians.current.map((current, round) => current / (medians.baseline[round] ?? NaN));
const ratio = median(medians.current) / median(medians.baseline);
console.log(
  `Working tree ÷ ${baselineRef}, content-script time on pages that are not health pages: ` +
    `${perRound.map((each) => each.toFixed(2)).join(', ')} by round, ${ratio.toFixed(2)} of the medians.`,
);
console.log(
  JSON.stringify({
    benchmark: 'not-health',
    baseline: baselineRef,
    rounds: ROUNDS,
    medians,
    perRound: perRound.map((each) => Number(each.toFixed(2))),
    ratio: Number(ratio.toFixed(2)),
    healthPages,
    results,
  }),
);
