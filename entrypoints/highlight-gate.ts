import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runGate } from '../highlighter/gate';
import { scriptLifetime } from '../platform/scriptLifetime';

/**
 * The content script of every page and frame, declared in the manifest by wxt.config.ts with the
 * highlights' style sheet (entrypoints/highlights.content.css). Not a WXT content script: WXT's wrapper
 * dispatches an event on the page's document, named with the extension's id, that any page can
 * listen for — a sign of Lumbar Lens on every page.
 */
export default defineUnlistedScript(() => {
  try {
    runGate(scriptLifetime());
  } catch (error) {
    // Never let a failure reach the page; say once, quietly, what went wrong.
    console.warn('[Lumbar Lens] highlighting stopped:', error);
  }
});
