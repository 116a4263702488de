import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser as ChromiumBrowser, type BrowserContext } from 'playwright-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath, extensionArgs } from '../../../scripts/chromium.mjs';
import { chromeBuild, firefoxBuild } from './paths';

function browserPath(variable: string, fallback: string, debianPackage: string): string {
  const path = process.env[variable] ?? fallback;
  if (!existsSync(path)) {
    throw new Error(
      `No browser at ${path}. Install it with "apt-get install -y ${debianPackage}" (as root), or set ${variable} to its path.`,
    );
  }
  return path;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  panelUrl: string;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, headless, nothing fetched from outside. */
export async function launchChromium(
  options: {
    args?: string[];
    colorScheme?: 'light' | 'dark';
    profile?: string;
    reducedMotion?: boolean | undefined;
    /** The browser's UI language, as a BCP 47 tag: zh-CN, zh-TW. */
    language?: string | undefined;
  } = {},
): Promise<ChromiumSession> {
  const executablePath = chromiumPath();
  // A profile passed in outlives the session, to test what survives a browser restart.
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'lumbar-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    args: [
      ...CHROMIUM_ARGS,
      ...extensionArgs(chromeBuild),
      ...(options.language ? [`--lang=${options.language}`] : []),
      ...(options.args ?? []),
    ],
    // On Linux, Chromium takes its UI language (chrome.i18n.getUILanguage) from the environment; --lang
    // alone picks the extension's locale file but leaves the UI in English.
    ...(options.language && { env: { ...process.env, LANGUAGE: options.language.replace('-', '_') } }),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    panelUrl: `chrome-extension://${extensionId}/sidepanel.html`,
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium without the extension: what a page looks like to a browser that does not have it. */
export function launchPlainChromium(): Promise<ChromiumBrowser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

const FIREFOX_ADDON_ID = 'lumbar-lens@lumbarlens.app';
export const FIREFOX_UUID = '5a0d7e36-63f5-4f4f-9a57-1b2c3d4e5f60';

export interface FirefoxSession {
  browser: Browser;
  panelUrl: string;
  close(): Promise<void>;
}

/** Debian's Firefox ESR with the built extension installed as a temporary add-on. */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<FirefoxSession> {
  const executablePath = browserPath('FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      ...prefs,
    },
  });
  await browser.installExtension(firefoxBuild);
  return { browser, panelUrl: `moz-extension://${FIREFOX_UUID}/sidepanel.html`, close: () => browser.close() };
}

/**
 * Firefox reports no completion for WebDriver navigations to moz-extension:// pages:
 * start the navigation, then wait until the document says it is complete.
 */
export async function openInFirefox(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => {});
  await waitForDocument(page, (href) => href.startsWith(url));
}

export async function reloadInFirefox(page: Page): Promise<void> {
  const marker = `reload-${Date.now()}`;
  await page.evaluate((name) => ((window as unknown as Record<string, boolean>)[name] = true), marker);
  await page.evaluate(() => setTimeout(() => location.reload(), 0));
  await waitFor(async () =>
    page.evaluate(
      (name) => !(window as unknown as Record<string, boolean>)[name] && document.readyState === 'complete',
      marker,
    ),
  );
}

/** The active tab's id, asked from an extension page (the tab opened last is the active one). */
export function firefoxActiveTabId(extensionPage: Page): Promise<number> {
  return extensionPage.evaluate(async () => {
    type Tabs = { query(filter: object): Promise<{ id: number }[]> };
    const { tabs } = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
    return (await tabs.query({ active: true, currentWindow: true }))[0].id;
  });
}

async function waitForDocument(page: Page, matches: (href: string) => boolean): Promise<void> {
  await waitFor(async () => {
    const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState })).catch(() => null);
    return state !== null && matches(state.href) && state.ready === 'complete';
  });
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
