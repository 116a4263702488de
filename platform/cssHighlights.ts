import type { Painter } from '../lib/highlight/engine';
import {
  createRegisteringPainter,
  MAX_REGISTERED_RANGES,
  type PaintingSurface,
} from '../lib/highlight/registeringPainter';
import { firstNotAbove, type Span } from '../lib/highlight/window';
import { liveRange } from './liveRange';

/** Highlight names are `lumbar-lens-<category>`; the content script's CSS styles each one. */
const HIGHLIGHT_PREFIX = 'lumbar-lens-';

/** The page's CSS Custom Highlight registry, and its screen, as the registering painter needs them. */
const cssHighlightSurface: PaintingSurface<Highlight> = {
  createSet: () => new Highlight(),
  register: (category, set) => CSS.highlights.set(HIGHLIGHT_PREFIX + category, set),
  unregister: (category) => CSS.highlights.delete(HIGHLIGHT_PREFIX + category),
  onScreen,
  watchScrolling,
  nextPaint,
};

/** Paints through the CSS Custom Highlight API, one Highlight per category; the page's DOM is never touched. */
export function createCssHighlightPainter(capacity = MAX_REGISTERED_RANGES): Painter {
  return createRegisteringPainter(cssHighlightSurface, capacity);
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
