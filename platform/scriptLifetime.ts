import { browser } from 'wxt/browser';

/**
 * How long this copy of the scripts in a page may act: until the extension is reloaded, updated or
 * removed, when its API goes away but the page keeps the scripts. Checked, never announced: nothing
 * is sent to the page, or dispatched on it, to find out.
 */
export interface ScriptLifetime {
  /** True once the extension is gone; it then stays true, and the listeners below have run. */
  readonly isInvalid: boolean;
  /** Aborted once the extension is gone. */
  readonly signal: AbortSignal;
  onInvalidated(stop: () => void): void;
}

/** The lifetime of the scripts of this frame: one for the gate, handed to the engine it brings. */
export function scriptLifetime(): ScriptLifetime {
  const controller = new AbortController();
  return {
    get isInvalid() {
      // An orphaned script still runs, but its extension's API no longer has an id.
      if (!controller.signal.aborted && browser.runtime?.id === undefined) controller.abort();
      return controller.signal.aborted;
    },
    signal: controller.signal,
    onInvalidated(stop) {
      controller.signal.addEventListener('abort', stop, { once: true });
    },
  };
}
