import { browser } from 'wxt/browser';
import { handleMessages } from './messaging';

/** The engine as WXT builds it (entrypoints/highlight-engine.ts). */
const ENGINE_FILE = '/highlight-engine.js';
/** The Chinese vocabulary's table (entrypoints/highlight-han.ts), only for frames whose text holds Han. */
const HAN_TABLE_FILE = '/highlight-han.js';

/** The files to inject, in order: the Han table first where the page writes Chinese, so the engine finds it as it starts. */
export function engineFiles(han: boolean): string[] {
  return han ? [HAN_TABLE_FILE, ENGINE_FILE] : [ENGINE_FILE];
}

function inject(tabId: number | undefined, frameId: number | undefined, files: string[]): Promise<boolean> | undefined {
  if (tabId === undefined || frameId === undefined) return undefined;
  return browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files }).then(
    () => true,
    () => false,
  );
}

/**
 * Injects the highlight engine (and the Han table) into the frame whose gate asks for it, in one
 * call. The scripting API runs the files in the content scripts' isolated world, where the gate
 * left its hand-off; the host access it needs is the content script's own (http and https pages).
 */
export function injectEngineOnRequest(): void {
  handleMessages({
    'load-engine': ({ han }, { tabId, frameId }) => inject(tabId, frameId, engineFiles(han)),
    'load-han': (_message, { tabId, frameId }) => inject(tabId, frameId, [HAN_TABLE_FILE]),
  });
}
