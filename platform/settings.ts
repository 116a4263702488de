import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '../lib/settings/settings';
import { watchStorage } from './storageWatch';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls back with the new settings whenever they change, from any part of the extension. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchStorage(SETTINGS_KEY, (changes) => {
    const change = changes[SETTINGS_KEY];
    if (change) onChange(parseSettings(change.newValue));
  });
}
