/**
 * One small driver for both browsers, so a spec is written once and run in each. Chromium is
 * driven by Playwright, Firefox by Puppeteer over WebDriver BiDi; a spec sees neither.
 */
import type { Browser as PlainChromium, Frame as ChromiumFrame, Page as ChromiumPage } from 'playwright-core';
import puppeteer, {
  type Browser as PlainFirefox,
  type Frame as FirefoxFrame,
  type Page as FirefoxPage,
} from 'puppeteer-core';
import {
  firefoxActiveTabId,
  launchChromium,
  launchFirefox,
  launchPlainChromium,
  openInFirefox,
  reloadInFirefox,
} from './browsers';
import { tabIdOf } from './session';

type InPage<A, R> = (arg: A) => R | Promise<R>;

export interface TestPage {
  /** Runs a function in the page (not in the extension) and returns what it returns. */
  evaluate<A, R>(fn: InPage<A, R>, arg: A): Promise<R>;
  /** The same, in each child frame, in document order. */
  evaluateInFrames<A, R>(fn: InPage<A, R>, arg: A): Promise<R[]>;
  /** The page's content script's own answer to the panel's "get-page-status", or null. */
  pageStatus(): Promise<unknown>;
  /** The top frame's answer to any message the panel may send, or null when nothing there answers it. */
  ask(message: object): Promise<unknown>;
  click(selector: string): Promise<void>;
  /** Moves the pointer to a point of the viewport, and clicks there if asked. */
  pointAt(x: number, y: number, click?: boolean): Promise<void>;
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Reloads the page and waits until the new document is complete. */
  reload(): Promise<void>;
  /** Errors the page threw and anything Lumbar Lens said on its console. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Runs in the page before any of its own scripts, as the page's own code would. */
  beforeLoad?: () => void;
}

export interface TestBrowser {
  open(url: string, options?: OpenOptions): Promise<TestPage>;
  /** The panel page, following the tab of `page` (or the active tab), opened in a tab of its own. */
  openPanel(page?: TestPage): Promise<TestPage>;
  /** The same page in the same browser without the extension: what the page looks like to everyone else. */
  openPlain(url: string, options?: OpenOptions): Promise<TestPage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Host names that resolve to 127.0.0.1, to serve a health domain's address from the test server. */
  localHosts?: string[];
  /** Ask for reduced motion: the page then scrolls at once, which a test can measure at once. */
  reducedMotion?: boolean;
}

const STATUS_REQUEST = { type: 'get-page-status' };

/** The parts of a page both drivers share, evaluate, frames and events, wrapped the same way. */
function wrapPage(
  page: ChromiumPage | FirefoxPage,
  ask: (message: object) => Promise<unknown>,
  reload: () => Promise<void>,
): TestPage {
  const errors: string[] = [];
  const driver = page as unknown as {
    evaluate(fn: unknown, arg: unknown): Promise<never>;
    frames(): (ChromiumFrame | FirefoxFrame)[];
    mainFrame(): ChromiumFrame | FirefoxFrame;
    on(event: string, listener: (value: { text?(): string; message?: string }) => void): void;
    click(selector: string): Promise<void>;
    mouse: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> };
    keyboard: { press(key: string): Promise<void> };
    close(): Promise<void>;
  };
  driver.on('pageerror', (error) => {
    // A page may throw what is not an Error: its JSON says more than "[object Object]".
    const text = error.message ?? JSON.stringify(error);
    // The hostile pages break their own prototypes on purpose and say so; Firefox reports the
    // test server's Content-Security-Policy stopping the pages' own scripts as page errors.
    if (!text.includes('broken by the page') && !text.startsWith('Content-Security-Policy')) errors.push(text);
  });
  driver.on('console', (message) => message.text?.().includes('Lumbar Lens') && errors.push(message.text()));
  return {
    evaluate: (fn, arg) => driver.evaluate(fn, arg),
    evaluateInFrames: (fn, arg) =>
      Promise.all(
        driver
          .frames()
          .filter((frame) => frame !== driver.mainFrame())
          .map((frame) => (frame as unknown as typeof driver).evaluate(fn, arg)),
      ),
    pageStatus: () => ask(STATUS_REQUEST),
    ask,
    click: (selector) => driver.click(selector),
    pointAt: (x, y, click) => (click ? driver.mouse.click(x, y) : driver.mouse.move(x, y)),
    press: (key) => driver.keyboard.press(key),
    setViewport: (width, height) =>
      'setViewportSize' in page ? page.setViewportSize({ width, height }) : page.setViewport({ width, height }),
    reload,
    errors,
    close: () => driver.close(),
  };
}

async function chromiumBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
  const hosts = options.localHosts ?? [];
  const session = await launchChromium({
    reducedMotion: options.reducedMotion,
    args: hosts.length
      ? [
          `--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1`).join(',')}`,
          '--disable-features=HttpsUpgrades',
        ]
      : [],
  });
  let plain: PlainChromium | undefined;
  const pages = new Map<TestPage, ChromiumPage>();
  const askOf = (page: ChromiumPage) => async (request: object) => {
    const tabId = await tabIdOf(session, page);
    return session.context.serviceWorkers()[0].evaluate(
      ({ tabId, request }) => {
        type Tabs = { sendMessage(id: number, message: object, options: object): Promise<unknown> };
        const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
        return tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => null);
      },
      { tabId, request },
    );
  };
  async function openIn(newPage: () => Promise<ChromiumPage>, url: string, { beforeLoad }: OpenOptions = {}) {
    const page = await newPage();
    if (beforeLoad) await page.addInitScript(beforeLoad);
    const wrapped = wrapPage(page, askOf(page), async () => void (await page.reload()));
    await page.goto(url);
    pages.set(wrapped, page);
    return wrapped;
  }
  return {
    open: (url, options) => openIn(() => session.context.newPage(), url, options),
    async openPanel(of) {
      const query = of ? `?tabId=${await tabIdOf(session, pages.get(of)!)}` : '';
      return openIn(() => session.context.newPage(), session.panelUrl + query);
    },
    async openPlain(url, options) {
      plain ??= await launchPlainChromium();
      const context = await plain.newContext();
      const page = await openIn(() => context.newPage(), url, options);
      return { ...page, close: () => context.close() };
    },
    async close() {
      await plain?.close();
      await session.close();
    },
  };
}

async function firefoxBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
  const prefs = {
    ...(options.localHosts?.length && { 'network.dns.localDomains': options.localHosts.join(',') }),
    ...(options.reducedMotion && { 'ui.prefersReducedMotion': 1 }),
  };
  const session = await launchFirefox(prefs);
  // An extension page of our own, to ask tabs what only the extension may ask.
  const extension = await session.browser.newPage();
  await openInFirefox(extension, session.panelUrl);
  let plain: PlainFirefox | undefined;
  const tabIds = new Map<TestPage, number>();
  const askOf = (tabId: () => number) => (request: object) =>
    extension.evaluate(
      ({ tabId, request }) => {
        type Tabs = { sendMessage(id: number, message: object, options: object): Promise<unknown> };
        const { tabs } = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
        return tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => null);
      },
      { tabId: tabId(), request },
    );
  async function openIn(browser: PlainFirefox, url: string, { beforeLoad }: OpenOptions = {}, extensionPage = false) {
    const page = await browser.newPage();
    if (beforeLoad) await page.evaluateOnNewDocument(beforeLoad);
    let tabId = -1;
    const wrapped = wrapPage(
      page,
      askOf(() => tabId),
      () => reloadInFirefox(page),
    );
    if (extensionPage) await openInFirefox(page, url);
    else await page.goto(url);
    // The page opened last is the active tab.
    if (browser === session.browser) tabId = await firefoxActiveTabId(extension);
    tabIds.set(wrapped, tabId);
    return wrapped;
  }
  return {
    open: (url, options) => openIn(session.browser, url, options),
    openPanel: (of) => openIn(session.browser, session.panelUrl + (of ? `?tabId=${tabIds.get(of)}` : ''), {}, true),
    async openPlain(url, options) {
      plain ??= await puppeteer.launch({
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: prefs,
      });
      return openIn(plain, url, options);
    },
    async close() {
      await plain?.close();
      await session.close();
    },
  };
}

/** Each browser the extension ships for, to run a spec in with `describe.each`. */
export const BROWSERS = [
  ['Chromium', chromiumBrowser],
  ['Firefox', firefoxBrowser],
] as const;
