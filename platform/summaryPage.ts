import { browser } from 'wxt/browser';

// WXT's typed getURL does not resolve with the polyfill's types (as in i18n.ts).
const runtime = browser.runtime as unknown as { getURL(path: string): string };

/** The printable summary for a doctor, in a new tab (creating a tab needs no `tabs` permission). */
export async function openSummaryPage(): Promise<void> {
  await browser.tabs.create({ url: runtime.getURL('/summary.html') });
}
