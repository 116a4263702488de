import { defineContentScript } from 'wxt/utils/define-content-script';
import { canPaintHighlights } from '../../platform/cssHighlights';
import { runGate } from '../../highlighter/gate';
import { CONTENT_SCRIPT_MATCHES } from './matches';
import '../../highlighter/style.css';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  allFrames: true,
  // Frames without an address of their own (srcdoc, about:blank) are part of the page too.
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would also tell the page's window that the script started, which any page can hear,
  // with the extension's id: a trace of Lumbar Lens in every page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (!canPaintHighlights()) return;
    try {
      runGate(ctx);
    } catch (error) {
      // Never let a failure reach the page; say once, quietly, what went wrong.
      console.warn('[Lumbar Lens] highlighting stopped:', error);
    }
  },
});
