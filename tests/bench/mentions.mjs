// How long the panel takes to build its list of mentions on the 50,000-match hostile page:
// from activating "Sentences" until the first 50 sentences are on screen, in real Chromium
// with the production build. It prints the figures; no test asserts a time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, extensionArgs } from '../../scripts/chromium.mjs';
import { servePages } from '../../scripts/serve-pages.mjs';
import { hostilePages } from '../fixtures/hostile-pages.mjs';
/** @import { Browser } from 'webextension-polyfill' */

const RUNS = 5;
const root = resolve(import.meta.dirname, '../..');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
const extension = resolve(root, '.output/chrome-mv3');
const hostile = hostilePages.find((page) => page.name === 'fifty-thousand-matches');
if (!hostile) throw new Error('no fifty-thousand-matches hostile page');
const server = await servePages({ folders: {} });
server.route('/fifty-thousand.html', hostile.html);
const profile = mkdtempSync(resolve(tmpdir(), 'lumbar-lens-bench-mentions-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless: true,
  args: [...CHROMIUM_ARGS, ...extensionArgs(extension)],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

const page = await context.newPage();
await page.goto(`${server.origin}/fifty-thousand.html`);
const countHighlights = () => {
  let total = 0;
  CSS.highlights.forEach((highlight, name) => name !== 'lumbar-lens-current' && (total += highlight.size));
  return total;
};
for (let waited = 0; waited < 60_000 && (await page.evaluate(countHighlights)) < hostile.expected; waited += 100) {
  await page.waitForTimeout(100);
}
await page.bringToFront();
const tabId = await worker.evaluate(
  async () =>
    (
      await /** @type {{ chrome: Browser }} */ (/** @type {unknown} */ (globalThis)).chrome.tabs.query({
        active: true,
        lastFocusedWindow: true,
      })
    )[0]?.id,
);

/** @type {number[]} */
const timings = [];
for (let run = 0; run < RUNS; run++) {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('button[aria-label="Sentences: all topics"]').waitFor();
  timings.push(
    await panel.evaluate(
      () =>
        /** @type {Promise<number>} */ (
          new Promise((done) => {
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelectorAll('#sentences-all button.sentence').length < 50) return;
              observer.disconnect();
              done(performance.now() - start);
            });
            observer.observe(document.body, { childList: true, subtree: true });
            document
              .querySelector('button[aria-label="Sentences: all topics"]')
              ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
          })
        ),
    ),
  );
  await panel.close();
}
await context.close();
await server.close();
rmSync(profile, { recursive: true, force: true });

const sorted = [...timings].sort((a, b) => a - b);
const middle = sorted[Math.floor(RUNS / 2)] ?? NaN;
console.log(
  `The panel's list of every mention on the 50,000-match page (first 50 sentences on screen), ${RUNS} panels:`,
);
console.log(`  runs: ${timings.map((ms) => `${ms.toFixed(1)} ms`).join(', ')}`);
console.log(`  median: ${middle.toFixed(1)} ms`);
console.log(JSON.stringify({ mentionsListMs: { median: middle, runs: timings } }));
