import type { Painter } from '../lib/highlight/engine';

/** Highlight names are `lumbar-lens-<category>`; the content script's CSS styles each one. */
const HIGHLIGHT_PREFIX = 'lumbar-lens-';

/**
 * Paints through the CSS Custom Highlight API: one Highlight per category. A new Highlight
 * is filled first and registered on commit: Chromium rebuilds its markers for every range of
 * every registered Highlight in the first frame after any change to one (about 70 ms for
 * 42,000 ranges), so filling a registered one frame after frame costs that again and again.
 *
 * A preview registers what a long first pass has found so far, so the first screen shows at
 * once. What the pass finds afterwards is held back and added on commit, in one task: two
 * registry operations per category in all, and one full rebuild. The page's DOM is never touched.
 */
export function createCssHighlightPainter(): Painter {
  const highlights = new Map<string, Highlight>();
  const unregistered = new Set<string>();
  /** Ranges for previewed Highlights, added on commit. */
  const held = new Map<string, Set<AbstractRange>>();

  function highlightOf(category: string): Highlight {
    let highlight = highlights.get(category);
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(category, highlight);
      unregistered.add(category);
    }
    return highlight;
  }

  function register(): void {
    for (const category of unregistered) CSS.highlights.set(HIGHLIGHT_PREFIX + category, highlights.get(category)!);
    unregistered.clear();
  }

  return {
    add(category, range) {
      const later = held.get(category);
      if (later) later.add(range);
      else highlightOf(category).add(range);
    },
    remove(category, range) {
      highlights.get(category)?.delete(range);
      held.get(category)?.delete(range);
    },
    preview() {
      // Nothing new to show (a rescan of a page already painted): no frame to wait for.
      if (unregistered.size === 0) return Promise.resolve();
      for (const category of unregistered) held.set(category, new Set());
      register();
      return nextPaint();
    },
    commit() {
      for (const [category, ranges] of held) {
        const highlight = highlights.get(category)!;
        for (const range of ranges) highlight.add(range);
      }
      held.clear();
      register();
    },
    clear() {
      unregistered.clear();
      held.clear();
      for (const category of highlights.keys()) CSS.highlights.delete(HIGHLIGHT_PREFIX + category);
      highlights.clear();
    },
  };
}

/** A hidden frame may never render: never wait longer than this for it. */
const MAX_PAINT_WAIT_MS = 50;

/**
 * Resolves after the browser's next frame (a yield alone may run before it renders), at once in
 * a hidden document, and after MAX_PAINT_WAIT_MS at most (frames that are not displayed).
 */
function nextPaint(): Promise<void> {
  if (document.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((painted) => {
    const fallback = setTimeout(painted, MAX_PAINT_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(painted, 0);
    });
  });
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
