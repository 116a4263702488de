import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scriptLifetime } from '../../../platform/scriptLifetime';

const runtime = fakeBrowser.runtime as { id: string | undefined };
const extensionId = runtime.id;

describe("a page script's lifetime", () => {
  afterEach(() => {
    runtime.id = extensionId;
  });

  it('lasts while the extension is there, and ends, once, when its API loses its id', () => {
    const lifetime = scriptLifetime();
    const stop = vi.fn();
    lifetime.onInvalidated(stop);
    expect(lifetime.isInvalid).toBe(false);
    expect(lifetime.signal.aborted).toBe(false);
    expect(stop).not.toHaveBeenCalled();

    // The extension was reloaded, updated or removed: the page keeps this orphaned copy running.
    runtime.id = undefined;
    expect(lifetime.isInvalid).toBe(true);
    expect(lifetime.signal.aborted).toBe(true);
    expect(stop).toHaveBeenCalledTimes(1);

    runtime.id = extensionId;
    expect(lifetime.isInvalid).toBe(true);
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
