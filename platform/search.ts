import { browser } from 'wxt/browser';

/** Searches with the user's own default search engine, in a new tab: we pick no engine. */
export async function searchInNewTab(text: string): Promise<void> {
  await browser.search.query({ text, disposition: 'NEW_TAB' });
}
