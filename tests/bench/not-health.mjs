// `npm run bench:not-health -- <git ref>`: what a page that is not a health page costs the content
// script with this working tree's build, against the build of an earlier commit, alternating the
// two in one run over the saved pages. Prints medians and their ratio; nothing passes or fails.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, extensionArgs } from '../../scripts/chromium.mjs';
import { servePages } from '../../scripts/serve-pages.mjs';
import { profileContentScript } from './profile-content-script.mjs';

const root = resolve(import.meta.dirname, '../..');
const corpusDir = resolve(root, '../shared/corpus/pages');
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

/** @type {{ current: string, baseline?: string }} */
const builds = { current: buildInto(root, 'current') };
const tree = resolve(scratch, 'baseline-tree');
execFileSync('git', ['worktree', 'add', '--detach', tree, baselineRef], { cwd: root, stdio: 'ignore' });
try {
  symlinkSync(resolve(root, 'node_modules'), resolve(tree, 'node_modules'));
  builds.baseline = buildInto(tree, 'baseline');
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
}

const server = await servePages({ folders: {} });
const pages = readdirSync(corpusDir).filter((name) => name.endsWith('.html'));
for (const name of pages) {
  server.route(`/${name}`, readFileSync(resolve(corpusDir, name), 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, ''));
}

/** @type {{ baseline: number[], current: number[] }} */
const medians = { baseline: [], current: [] };
for (let round = 1; round <= ROUNDS; round++) {
  for (const which of /** @type {const} */ (['baseline', 'current'])) {
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
    for (const name of pages) {
      const cost = await profileContentScript(context, worker, server.origin, name, false);
      if (cost.verdict === 'not-health') costs.push(cost.ms);
    }
    await context.close();
    medians[which].push(median(costs));
    const label = which === 'baseline' ? baselineRef : 'working tree';
    console.log(
      `round ${round}, ${label}: median ${median(costs).toFixed(2)} ms (${costs.length} pages not health pages)`,
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
  }),
);
