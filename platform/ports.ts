import { browser } from 'wxt/browser';

/**
 * Long-lived connections between the panel and a tab's top frame. The panel holds one open
 * while it wants a stream of updates (the page map); closing the panel closes the port, and
 * the page stops all the work it did for it.
 */

/** Content script: for each port of this name a panel opens, runs `serve` until the port closes. */
export function acceptPorts(name: string, serve: (send: (value: unknown) => void, signal: AbortSignal) => void) {
  const listener = (port: { name: string } & PortLike) => {
    if (port.name !== name) return;
    const closed = new AbortController();
    port.onDisconnect.addListener(() => closed.abort());
    serve((value) => {
      try {
        port.postMessage(value);
      } catch {
        closed.abort();
      }
    }, closed.signal);
  };
  browser.runtime.onConnect.addListener(listener);
  return () => browser.runtime.onConnect.removeListener(listener);
}

interface PortLike {
  postMessage(value: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (value: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * Panel: opens a port to a tab's top frame and passes on what arrives (unchecked: the caller
 * validates). A tab without our content script is a port that closes at once. Returns the
 * function that closes it.
 */
export function openTabPort(tabId: number, name: string, onMessage: (value: unknown) => void): () => void {
  let port: PortLike;
  try {
    port = browser.tabs.connect(tabId, { name, frameId: 0 });
  } catch {
    return () => undefined;
  }
  port.onMessage.addListener(onMessage);
  return () => port.disconnect();
}
