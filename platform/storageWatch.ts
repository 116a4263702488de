import { browser } from 'wxt/browser';

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/**
 * Calls back with the changes to storage.local under keys that start with `prefix`, made in any part
 * of the extension; changes to other keys or other areas never call back. Returns the function that
 * stops watching.
 */
export function watchStorage(prefix: string, onChange: (changes: StorageChanges) => void): () => void {
  const listener = (changes: StorageChanges, area: string) => {
    if (area !== 'local') return;
    const watched = Object.entries(changes).filter(([key]) => key.startsWith(prefix));
    if (watched.length > 0) onChange(Object.fromEntries(watched));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
