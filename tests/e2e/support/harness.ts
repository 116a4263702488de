/**
 * One small driver for both browsers, so a spec is written once and run in each. Chromium is
 * driven by Playwright, Firefox by Puppeteer over WebDriver BiDi; a spec sees neither.
 */
import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { firefoxActiveTabId, launchChromium, launchFirefox, openInFirefox } from './browsers';
import { tabIdOf } from './session';

export interface TestPage {
  /** Runs a function in the page (not in the extension) and returns what it returns. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The page's content script's own answer to the panel's "get-page-status", or null. */
  pageStatus(): Promise<unknown>;
  close(): Promise<void>;
}

export interface TestBrowser {
  open(url: string): Promise<TestPage>;
  close(): Promise<void>;
}

const STATUS_REQUEST = { type: 'get-page-status' };

async function chromiumBrowser(): Promise<TestBrowser> {
  const session = await launchChromium();
  const wrap = (page: ChromiumPage): TestPage => ({
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    async pageStatus() {
      const tabId = await tabIdOf(session, page);
      return session.context.serviceWorkers()[0].evaluate(
        ({ tabId, request }) => {
          type Tabs = { sendMessage(id: number, message: object, options: object): Promise<unknown> };
          const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
          return tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => null);
        },
        { tabId, request: STATUS_REQUEST },
      );
    },
    close: () => page.close(),
  });
  return {
    async open(url) {
      const page = await session.context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    close: () => session.close(),
  };
}

async function firefoxBrowser(): Promise<TestBrowser> {
  const session = await launchFirefox();
  // An extension page of our own, to ask tabs what only the extension may ask.
  const extension = await session.browser.newPage();
  await openInFirefox(extension, session.panelUrl);
  const wrap = (page: FirefoxPage, tabId: number): TestPage => ({
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    pageStatus: () =>
      extension.evaluate(
        ({ tabId, request }) => {
          type Tabs = { sendMessage(id: number, message: object, options: object): Promise<unknown> };
          const { tabs } = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
          return tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => null);
        },
        { tabId, request: STATUS_REQUEST },
      ),
    close: () => page.close(),
  });
  return {
    async open(url) {
      const page = await session.browser.newPage();
      await page.goto(url);
      // The page opened last is the active tab.
      return wrap(page, await firefoxActiveTabId(extension));
    },
    close: () => session.close(),
  };
}

/** Each browser the extension ships for, to run a spec in with `describe.each`. */
export const BROWSERS = [
  ['Chromium', chromiumBrowser],
  ['Firefox', firefoxBrowser],
] as const;
