import type { Painter } from '../lib/highlight/engine';
import { compareRangeStarts } from '../lib/highlight/mentions';
import { firstNotAbove, isNearEdge, windowAround, type Span } from '../lib/highlight/window';
import { inPageOrder } from '../lib/mentions/order';
import { liveRange } from './liveRange';

/** Highlight names are `lumbar-lens-<category>`; the content script's CSS styles each one. */
const HIGHLIGHT_PREFIX = 'lumbar-lens-';
/**
 * The most ranges registered at once. Chromium rebuilds its markers for every registered range
 * in the first frame after any change of the page's DOM or style: on a page with 50,000 mentions,
 * each frame in which the page changes one word took about 90 ms to render with all of them
 * registered, 21 ms with 2,000, 11 ms with 1,000, and 3 ms without the extension. Real pages
 * have hundreds of mentions at most.
 */
export const MAX_REGISTERED_RANGES = 1000;

/**
 * Paints through the CSS Custom Highlight API: one Highlight per category. A new Highlight
 * is filled first and registered on commit: filling a registered one frame after frame would
 * pay Chromium's rebuild (above) again and again.
 *
 * A preview registers what a long first pass has found so far, so the first screen shows at
 * once. What the pass finds afterwards is held back until the next preview (a pass makes two
 * at most) or the commit, and then added in one task. The page's DOM is never touched.
 *
 * A page with more ranges than `capacity` has only a window of them registered: those around
 * the ones on screen, in page order. The window moves as the reader scrolls.
 */
export function createCssHighlightPainter(capacity = MAX_REGISTERED_RANGES): Painter {
  /** Every range painted and its category, in the order added. */
  const painted = new Map<AbstractRange, string>();
  const highlights = new Map<string, Highlight>();
  const unregistered = new Set<string>();
  /** Ranges for previewed Highlights, added on commit. */
  const held = new Map<string, Set<AbstractRange>>();
  /** Set while only a window of the ranges is registered. */
  let windowed: { ordered: AbstractRange[]; span: Span; stopWatching: () => void } | null = null;
  /** Whether ranges came or went since the window was last placed. */
  let changed = false;

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

  /** Makes the registered Highlights hold exactly these ranges. */
  function show(ranges: Iterable<AbstractRange>): void {
    for (const highlight of highlights.values()) highlight.clear();
    for (const range of ranges) {
      const category = painted.get(range);
      if (category !== undefined) highlightOf(category).add(range);
    }
    register();
  }

  function showWindow(ordered: AbstractRange[]): Span {
    const span = windowAround(onScreen(ordered), ordered.length, capacity);
    show(ordered.slice(span.start, span.end));
    return span;
  }

  /** Registers the window around the screen; false if the ranges have no page order to window by. */
  function enterWindow(): boolean {
    if (windowed && !changed) return true;
    changed = false;
    const ordered = pageOrdered(painted.keys());
    if (!ordered) return false;
    held.clear();
    const span = showWindow(ordered);
    const stopWatching = windowed?.stopWatching ?? watchScrolling(followReader);
    windowed = { ordered, span, stopWatching };
    return true;
  }

  function followReader(): void {
    if (!windowed) return;
    const { ordered, span } = windowed;
    if (isNearEdge(span, onScreen(ordered), ordered.length, capacity)) windowed.span = showWindow(ordered);
  }

  function leaveWindow(): void {
    if (!windowed) return;
    windowed.stopWatching();
    windowed = null;
    show(painted.keys());
  }

  return {
    add(category, range) {
      painted.set(range, category);
      changed = true;
      // While windowed, the commit decides which ranges are registered.
      if (windowed) return;
      const later = held.get(category);
      if (later) later.add(range);
      else highlightOf(category).add(range);
    },
    remove(category, range) {
      painted.delete(range);
      changed = true;
      highlights.get(category)?.delete(range);
      held.get(category)?.delete(range);
    },
    preview() {
      let shown = unregistered.size;
      for (const [category, ranges] of held) {
        const highlight = highlights.get(category)!;
        for (const range of ranges) highlight.add(range);
        shown += ranges.size;
        ranges.clear();
      }
      // Nothing new to show (a rescan of a page already painted): no frame to wait for.
      if (shown === 0) return Promise.resolve();
      for (const category of unregistered) held.set(category, new Set());
      register();
      return nextPaint();
    },
    commit() {
      if (painted.size > capacity && enterWindow()) return;
      if (windowed) {
        leaveWindow();
        return;
      }
      for (const [category, ranges] of held) {
        const highlight = highlights.get(category)!;
        for (const range of ranges) highlight.add(range);
      }
      held.clear();
      register();
    },
    clear() {
      windowed?.stopWatching();
      windowed = null;
      painted.clear();
      unregistered.clear();
      held.clear();
      for (const category of highlights.keys()) CSS.highlights.delete(HIGHLIGHT_PREFIX + category);
      highlights.clear();
    },
  };
}

/**
 * The ranges in page order, or null if some lie in another tree (a shadow root) and have none
 * with the rest. A full pass adds them in page order and a rescan appends a few: checking that,
 * or sorting, costs about one comparison per range.
 */
function pageOrdered(ranges: Iterable<AbstractRange>): AbstractRange[] | null {
  let unordered = false;
  const ordered = inPageOrder([...ranges], (a, b) => compareRangeStarts(a, b, () => (unordered = true)));
  return unordered ? null : ordered;
}

/** The ranges on screen, from the first one not above it to the first one below it. */
function onScreen(ordered: readonly AbstractRange[]): Span {
  const live = document.createRange();
  const rectOf = (index: number) => {
    const range = ordered[index];
    try {
      liveRange(range, live);
    } catch {
      // The page shortened the text since (the rescan that follows drops the range): its node will do.
      live.selectNodeContents(range.startContainer);
    }
    return live.getBoundingClientRect();
  };
  return {
    start: firstNotAbove(ordered.length, (index) => rectOf(index).bottom <= 0),
    end: firstNotAbove(ordered.length, (index) => rectOf(index).top < innerHeight),
  };
}

/** Calls `onMove` once a frame at most while the reader scrolls, anywhere in the page, or resizes it. */
function watchScrolling(onMove: () => void): () => void {
  const listening = new AbortController();
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!listening.signal.aborted) onMove();
    });
  };
  const options = { capture: true, passive: true, signal: listening.signal };
  document.addEventListener('scroll', schedule, options);
  window.addEventListener('resize', schedule, options);
  return () => listening.abort();
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
