import type { Painter } from '../lib/highlight/engine';

/** Highlight names are `lumbar-lens-<category>`; the content script's CSS styles each one. */
const HIGHLIGHT_PREFIX = 'lumbar-lens-';

/**
 * Paints through the CSS Custom Highlight API: one Highlight per category. A new Highlight
 * is filled first and registered on commit: filling a registered one costs the browser
 * work for every range, and on a big page twice the time. The page's DOM is never touched.
 */
export function createCssHighlightPainter(): Painter {
  const highlights = new Map<string, Highlight>();
  const unregistered = new Set<string>();

  function highlightOf(category: string): Highlight {
    let highlight = highlights.get(category);
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(category, highlight);
      unregistered.add(category);
    }
    return highlight;
  }

  return {
    add: (category, range) => void highlightOf(category).add(range),
    remove: (category, range) => void highlights.get(category)?.delete(range),
    commit() {
      for (const category of unregistered) CSS.highlights.set(HIGHLIGHT_PREFIX + category, highlights.get(category)!);
      unregistered.clear();
    },
    clear() {
      unregistered.clear();
      for (const category of highlights.keys()) CSS.highlights.delete(HIGHLIGHT_PREFIX + category);
      highlights.clear();
    },
  };
}

/** Whether this browser can paint highlights at all. */
export function canPaintHighlights(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

const CURRENT = `${HIGHLIGHT_PREFIX}current`;

/** Marks one range as the mention the panel just jumped to, above the category styles. */
export function showCurrentMention(range: AbstractRange | null): void {
  if (!range) {
    CSS.highlights.delete(CURRENT);
    return;
  }
  const highlight = new Highlight(range);
  highlight.priority = 1;
  CSS.highlights.set(CURRENT, highlight);
}
