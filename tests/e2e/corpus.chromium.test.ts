// Chromium only: the saved pages still name outside images, fonts and trackers, and Playwright's routing refuses them at once.
import { existsSync, readdirSync } from 'node:fs';
import { type Browser, type BrowserContext, type Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { launchChromium, launchPlainChromium, type ChromiumSession } from './support/browsers';
import { readHighlights } from './support/highlights';
import { corpusDir } from './support/paths';
import { tabIdOf } from './support/session';

// The saved pages live beside the repository (../shared/corpus/pages), not in it: a clone elsewhere
// has none, and then this file says so and how to get them, instead of failing the whole suite.
const available = existsSync(corpusDir);
const pages = available ? readdirSync(corpusDir).filter((name) => name.endsWith('.html')) : [];
if (!available) {
  console.warn(
    `[corpus] skipped: no saved pages at ${corpusDir}. Put the corpus (HTML pages, see its README) in ../shared/corpus/pages beside the repository to run it.`,
  );
}

describe.skipIf(!available)('the saved real-world pages, highlighting forced on, in Chromium', () => {
  let server: PageServer;
  let session: ChromiumSession;
  let plain: Browser;
  let plainContext: BrowserContext;

  beforeAll(async () => {
    // The pages' own scripts stay off and reach nothing; the content script still runs.
    server = await servePages({
      folders: { '/': corpusDir },
      headers: { 'content-security-policy': "script-src 'none'" },
    });
    session = await launchChromium();
    plain = await launchPlainChromium();
    // The saved pages still name their images, fonts and trackers: refuse them at once.
    const localOnly = (route: Route) =>
      route.request().url().startsWith(server.origin) ? route.continue() : route.abort();
    await session.context.route('**/*', localOnly);
    plainContext = await plain.newContext();
    await plainContext.route('**/*', localOnly);
  });

  afterAll(async () => {
    await plain?.close();
    await session?.close();
    await server?.close();
  });

  it('has pages in the corpus folder to test', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s: no error, DOM unchanged, nothing highlighted inside excluded elements', async (name) => {
    const tab = await session.context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    tab.on('console', (message) => {
      if (message.text().includes('Lumbar Lens')) problems.push(`console: ${message.text()}`);
    });
    await tab.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
    const tabId = await tabIdOf(session, tab);
    const status = await session.context.serviceWorkers()[0].evaluate(async (id) => {
      type Tabs = { sendMessage(id: number, message: object, options: object): Promise<unknown> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      // The content script starts at document idle: wait until it answers.
      for (let tries = 0; tries < 100; tries++) {
        if (await tabs.sendMessage(id, { type: 'get-page-status' }, { frameId: 0 }).catch(() => null)) break;
        await new Promise((done) => setTimeout(done, 50));
      }
      await tabs.sendMessage(id, { type: 'force-highlight' }, {});
      return tabs.sendMessage(id, { type: 'get-page-status' }, { frameId: 0 });
    }, tabId);
    expect(status).toMatchObject({ state: 'forced' });

    const painted = await tab.evaluate(readHighlights);
    expect(painted.filter((range) => range.excluded)).toEqual([]);
    const serialize = () => ({ html: document.documentElement.outerHTML, sheets: document.styleSheets.length });
    const withExtension = await tab.evaluate(serialize);
    const reference = await plainContext.newPage();
    await reference.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
    expect(withExtension).toEqual(await reference.evaluate(serialize));
    expect(problems).toEqual([]);
    await Promise.all([tab.close(), reference.close()]);
  });
});
