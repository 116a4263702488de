// How the content script is built differs from the rest of the extension in two ways, both for
// speed (issue #12): it runs in every frame of every page, and most of what it costs on a page
// that is not a health page is starting up.
import type { Plugin, UserConfig } from 'vite';
import type { Entrypoint } from 'wxt';

const BROWSER_MODULE = 'wxt/browser';
/**
 * The scripts that run in pages: the gate (the content script every page gets, declared in
 * wxt.config.ts) and the highlight engine, which the background injects into the frames that need it.
 */
const PAGE_SCRIPTS = new Set(['highlight-gate', 'highlight-engine']);

export function runsInPages(entrypoint: Pick<Entrypoint, 'name'>): boolean {
  return PAGE_SCRIPTS.has(entrypoint.name);
}

const POLYFILLED_BROWSER = '@wxt-dev/webextension-polyfill/browser';

/**
 * The content script uses the browser's own `browser` (Firefox) or `chrome` (Chrome MV3), both
 * promise-based, instead of webextension-polyfill: wrapping the API cost about 1.8 ms and 10 KB
 * in every frame. It only uses what both browsers' own APIs do alike (promises from
 * `sendMessage` and `storage`, `sendResponse` for answers). The extension's pages and background
 * keep the polyfill.
 */
export function withoutPolyfill(config: UserConfig): void {
  const alias = config.resolve?.alias as Record<string, string> | undefined;
  // Fail the build rather than ship the polyfill unnoticed if WXT's module changes its alias.
  if (alias?.[BROWSER_MODULE] !== POLYFILLED_BROWSER) {
    throw new Error(`expected the alias ${BROWSER_MODULE} -> ${POLYFILLED_BROWSER} in the content script's build`);
  }
  delete alias[BROWSER_MODULE];
}

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Puts V8's explicit compile hint first in the content script and the engine, after minification: their
 * functions are then compiled with the script in one go (Chrome 136 and later), not one by one
 * as they are first called. Other browsers read it as a comment.
 */
export function contentScriptCompileHint(): Plugin {
  return {
    name: 'lumbar-lens:content-script-compile-hint',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && PAGE_SCRIPTS.has(chunk.name))
          chunk.code = COMPILE_HINT + chunk.code;
      }
    },
  };
}
