import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { takeHandoff } from '../highlighter/engineHandoff';
import { runPageHighlighter } from '../highlighter/pageHighlighter';

/**
 * The highlight engine: matcher, highlights, term cards, the page's observer. Injected by the
 * background into a frame whose gate (highlighter/gate.ts) found that the page may be a health page,
 * or where the user asked; never declared for every page.
 */
export default defineUnlistedScript(() => {
  const handoff = takeHandoff();
  if (!handoff) return;
  void runPageHighlighter(handoff).catch((error: unknown) => {
    // Never let a failure reach the page; say once, quietly, what went wrong.
    console.warn('[Lumbar Lens] highlighting stopped:', error);
  });
});
