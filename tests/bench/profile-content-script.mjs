// The content script's cost as a page pays it, shared by `npm run bench` and `npm run bench:not-health`.
/** @import { BrowserContext, Worker } from 'playwright-core' */
/** @import { Browser } from 'webextension-polyfill' */
/** @import { PageStatus } from '../../lib/protocol/messages' */
/** @typedef {{ id: number, callFrame: { url: string }, children?: number[] }} ProfileNode */
/** @typedef {{ nodes: ProfileNode[], samples?: number[], timeDeltas?: number[] }} CpuProfile */

/**
 * The content script seen from outside: a V8 CPU profile of the tab from navigation until the
 * script has judged the page (and, when forced, highlighted it). `ms` sums the self time of every
 * frame whose script is the extension's (gate and engine alike); `inclusiveMs` adds what those
 * frames called (DOM calls, parsing, garbage collection), counted once. With `walk`, the same tab
 * then times one TreeWalker pass reading every character of the page, in the page's own world:
 * the yardstick of issue 24. Pages are served from 127.0.0.1, an ordinary host.
 * @param {BrowserContext} browserContext
 * @param {Worker} worker the extension's service worker
 * @param {string} origin
 * @param {string} name
 * @param {boolean} force
 * @param {{ walk?: boolean }} [options]
 */
export async function profileContentScript(browserContext, worker, origin, name, force, { walk = false } = {}) {
  const tab = await browserContext.newPage();
  const cdp = await browserContext.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await tab.goto(`${origin}/${name}`, { waitUntil: 'load' });
  await tab.bringToFront();
  const status = await worker.evaluate(async (/** @type {boolean} */ forced) => {
    const { tabs } = /** @type {{ chrome: Browser }} */ (/** @type {unknown} */ (globalThis)).chrome;
    const [active] = await tabs.query({ active: true, lastFocusedWindow: true });
    const tabId = active?.id ?? -1;
    const ask = () =>
      /** @type {Promise<PageStatus | null>} */ (
        tabs.sendMessage(tabId, { type: 'get-page-status' }, { frameId: 0 }).catch(() => null)
      );
    /** @type {PageStatus | null} */
    let answer = null;
    for (let tries = 0; tries < 400 && answer?.verdict === undefined; tries++) {
      answer = await ask();
      if (answer?.verdict === 'unchecked') answer = null;
      if (!answer) await new Promise((done) => setTimeout(done, 25));
    }
    if (forced) await tabs.sendMessage(tabId, { type: 'force-highlight' }, { frameId: 0 });
    return forced ? ask() : answer;
  }, force);
  // Let any slice still queued run before the profile stops.
  await tab.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const walkMs = walk ? await tab.evaluate(characterWalk) : undefined;
  await tab.close();
  return { ...extensionTime(profile), walkMs, verdict: status?.verdict, highlights: countOf(status) };
}

/** @param {PageStatus | null | undefined} status */
const countOf = (status) => Object.values(status?.counts ?? {}).reduce((a, b) => a + b, 0);

/** @param {CpuProfile} profile */
function extensionTime(profile) {
  /** @type {Map<number, number>} */
  const selfTime = new Map();
  (profile.samples ?? []).forEach((id, index) =>
    selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas?.[index] ?? 0)),
  );
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = (/** @type {ProfileNode} */ node) => node.callFrame.url.startsWith('chrome-extension://');
  let self = 0;
  let inclusive = 0;
  /** @param {ProfileNode | undefined} node @param {boolean} insideOurs */
  const visit = (node, insideOurs) => {
    if (!node) return;
    const mine = ours(node);
    if (mine) self += selfTime.get(node.id) ?? 0;
    if (mine || insideOurs) inclusive += selfTime.get(node.id) ?? 0;
    for (const child of node.children ?? []) visit(byId.get(child), mine || insideOurs);
  };
  visit(profile.nodes[0], false);
  return { ms: self / 1000, inclusiveMs: inclusive / 1000 };
}

/** One TreeWalker pass reading every character once, timed in the page (its first, cold). */
function characterWalk() {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = /** @type {Text} */ (node).data;
    for (let index = 0; index < data.length; index++) sum += data.charCodeAt(index);
  }
  const ms = performance.now() - start;
  return sum >= 0 ? ms : -1;
}

/**
 * Navigation to the first frame painted with a highlight registered, on a health page: read in
 * the page by a frame callback started before the page's own scripts (the page and the extension
 * share the document's highlight registry).
 * @param {BrowserContext} browserContext
 * @param {string} origin
 * @param {string} name
 */
export async function timeToFirstHighlight(browserContext, origin, name) {
  const tab = await browserContext.newPage();
  await tab.addInitScript(() => {
    const check = () => {
      if (CSS.highlights.size > 0)
        /** @type {Window & { __firstHighlightAt?: number }} */ (window).__firstHighlightAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await tab.goto(`${origin}/${name}`, { waitUntil: 'load' });
  await tab.bringToFront();
  /** @type {number | undefined} */
  let at;
  for (let tries = 0; tries < 200 && at === undefined; tries++) {
    at = await tab.evaluate(() => /** @type {Window & { __firstHighlightAt?: number }} */ (window).__firstHighlightAt);
    if (at === undefined) await tab.waitForTimeout(25);
  }
  await tab.close();
  return at ?? NaN;
}
