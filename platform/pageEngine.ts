import { compiledTerms } from '../content/lexicon/compiled';
import { HighlightEngine } from '../lib/highlight/engine';
import { createSlicer, SLICE_MS } from '../lib/highlight/slicer';
import type { Matcher } from '../lib/match/matcher';
import { createCssHighlightPainter } from './cssHighlights';
import { yieldToPage } from './yieldToPage';

/** Whether the browser renders an element: not display:none, content-visibility or visibility:hidden. */
export function isShown(element: Element): boolean {
  return element.checkVisibility?.({ checkVisibilityCSS: true, visibilityProperty: true }) ?? true;
}

/**
 * The highlight engine as it runs in a page: CSS Custom Highlights, static ranges, 8 ms slices,
 * hidden text skipped. The content script and the benchmark both build it here, so what is
 * timed is what ships.
 */
export function createPageEngine(
  matcher: Matcher,
  hooks: { isOwn(node: Node): boolean; onShadowRoot?(root: ShadowRoot): void },
): HighlightEngine {
  return new HighlightEngine({
    matcher,
    terms: compiledTerms,
    painter: createCssHighlightPainter(),
    slicer: createSlicer(performance, SLICE_MS, yieldToPage),
    createRange: (init) => new StaticRange(init),
    isVisible: (text) => (text.parentElement ? isShown(text.parentElement) : true),
    ...hooks,
  });
}
