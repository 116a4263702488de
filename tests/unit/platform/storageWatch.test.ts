import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchStorage, type StorageChanges } from '../../../platform/storageWatch';

/** The keys and new values one call back was given. */
const newValues = (changes: StorageChanges) =>
  Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.newValue]));

describe('watching storage by key prefix', () => {
  it('hands over only the changed keys under the prefix, and nothing once stopped', async () => {
    const onChange = vi.fn((_changes: StorageChanges) => undefined);
    const stop = watchStorage('tick:', onChange);
    await fakeBrowser.storage.local.set({ 'tick:sciatica': true, 'diary:1': { pain: 3 } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(newValues(onChange.mock.calls[0][0])).toEqual({ 'tick:sciatica': true });

    await fakeBrowser.storage.local.set({ settings: { highlighting: false } });
    expect(onChange).toHaveBeenCalledTimes(1);

    await fakeBrowser.storage.local.remove('tick:sciatica');
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(Object.keys(onChange.mock.calls[1][0])).toEqual(['tick:sciatica']);

    stop();
    await fakeBrowser.storage.local.set({ 'tick:lumbago': true });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ignores the same keys in another storage area', async () => {
    const onChange = vi.fn();
    watchStorage('tick:', onChange);
    await fakeBrowser.storage.sync.set({ 'tick:sciatica': true });
    expect(onChange).not.toHaveBeenCalled();
  });
});
