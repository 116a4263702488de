// The content script's cost as a page pays it, shared by `npm run bench` and `npm run bench:not-health`.
/** @import { BrowserContext, Worker } from 'playwright-core' */
/** @import { Browser } from 'webextension-polyfill' */
/** @import { PageStatus } from '../../lib/protocol/messages' */

/**
 * The content script seen from outside: a V8 CPU profile of the tab from navigation until the
 * script has judged the page (and, when forced, highlighted it), summing the self time of every
 * frame whose script is the extension's. Pages are served from 127.0.0.1, an ordinary host.
 * @param {BrowserContext} browserContext
 * @param {Worker} worker the extension's service worker
 * @param {string} origin
 * @param {string} name
 * @param {boolean} force
 */
export async function profileContentScript(browserContext, worker, origin, name, force) {
  const tab = await browserContext.newPage();
  const cdp = await browserContext.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await tab.goto(`${origin}/${name}`, { waitUntil: 'load' });
  await tab.bringToFront();
  const status = await worker.evaluate(async (forced) => {
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
  await tab.close();
  /** @type {Map<number, number>} */
  const selfTime = new Map();
  (profile.samples ?? []).forEach((id, index) =>
    selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas?.[index] ?? 0)),
  );
  let micros = 0;
  for (const node of profile.nodes)
    if (node.callFrame.url.startsWith('chrome-extension://')) micros += selfTime.get(node.id) ?? 0;
  return {
    ms: micros / 1000,
    verdict: status?.verdict,
    highlights: Object.values(status?.counts ?? {}).reduce((a, b) => a + b, 0),
  };
}
