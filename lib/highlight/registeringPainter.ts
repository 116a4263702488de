import type { TermCategory } from './categories';
import type { Painter } from './engine';
import { compareRangeStarts } from './mentions';
import { inPageOrder } from '../mentions/order';
import { isNearEdge, windowAround, type Span } from './window';

/**
 * The most ranges registered at once. Chromium rebuilds its markers for every registered range
 * in the first frame after any change of the page's DOM or style: on a page with 50,000 mentions,
 * each frame in which the page changes one word took about 90 ms to render with all of them
 * registered, 21 ms with 2,000, 11 ms with 1,000, and 3 ms without the extension. Real pages
 * have hundreds of mentions at most.
 */
export const MAX_REGISTERED_RANGES = 1000;

/** One named set of ranges the browser paints, as the CSS Custom Highlight API's Highlight is. */
export interface RangeSet {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
  clear(): void;
}

/** Where the painter's sets are made and registered, and what it knows of the screen. */
export interface PaintingSurface<S extends RangeSet> {
  createSet(): S;
  register(category: TermCategory, set: S): void;
  unregister(category: TermCategory): void;
  /** The ranges on screen, of these in page order. */
  onScreen(ordered: readonly AbstractRange[]): Span;
  /** Calls `onMove` once a frame at most while the reader scrolls or resizes; returns how to stop. */
  watchScrolling(onMove: () => void): () => void;
  /** Resolves once the browser has painted what is registered. */
  nextPaint(): Promise<void>;
}

/**
 * Paints in one registered set per category. A new set is filled first and registered on commit:
 * filling a registered one frame after frame would pay Chromium's rebuild (above) again and again.
 *
 * A preview registers what a long first pass has found so far, so the first screen shows at
 * once. What the pass finds afterwards is held back until the next preview (a pass makes two
 * at most) or the commit, and then added in one task.
 *
 * A page with more ranges than `capacity` has only a window of them registered: those around
 * the ones on screen, in page order. The window moves as the reader scrolls.
 */
export function createRegisteringPainter<S extends RangeSet>(
  surface: PaintingSurface<S>,
  capacity = MAX_REGISTERED_RANGES,
): Required<Painter> {
  /** Every range painted and its category, in the order added. */
  const painted = new Map<AbstractRange, TermCategory>();
  const sets = new Map<TermCategory, S>();
  const unregistered = new Set<TermCategory>();
  /** Ranges for previewed sets, added on commit. */
  const held = new Map<TermCategory, Set<AbstractRange>>();
  /** Set while only a window of the ranges is registered. */
  let windowed: { ordered: AbstractRange[]; span: Span; stopWatching: () => void } | null = null;
  /** Whether ranges came or went since the window was last placed. */
  let changed = false;

  function setOf(category: TermCategory): S {
    let set = sets.get(category);
    if (!set) {
      set = surface.createSet();
      sets.set(category, set);
      unregistered.add(category);
    }
    return set;
  }

  function register(): void {
    for (const category of unregistered) surface.register(category, setOf(category));
    unregistered.clear();
  }

  /** Makes the registered sets hold exactly these ranges. */
  function show(ranges: Iterable<AbstractRange>): void {
    for (const set of sets.values()) set.clear();
    for (const range of ranges) {
      const category = painted.get(range);
      if (category !== undefined) setOf(category).add(range);
    }
    register();
  }

  function showWindow(ordered: AbstractRange[]): Span {
    const span = windowAround(surface.onScreen(ordered), ordered.length, capacity);
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
    const stopWatching = windowed?.stopWatching ?? surface.watchScrolling(followReader);
    windowed = { ordered, span, stopWatching };
    return true;
  }

  function followReader(): void {
    if (!windowed) return;
    const { ordered, span } = windowed;
    if (isNearEdge(span, surface.onScreen(ordered), ordered.length, capacity)) windowed.span = showWindow(ordered);
  }

  function leaveWindow(): void {
    if (!windowed) return;
    windowed.stopWatching();
    windowed = null;
    show(painted.keys());
  }

  /** Adds the held ranges to their sets. */
  function release(): number {
    let released = 0;
    for (const [category, ranges] of held) {
      const set = setOf(category);
      for (const range of ranges) set.add(range);
      released += ranges.size;
      ranges.clear();
    }
    return released;
  }

  return {
    add(category, range) {
      painted.set(range, category);
      changed = true;
      // While windowed, the commit decides which ranges are registered.
      if (windowed) return;
      const later = held.get(category);
      if (later) later.add(range);
      else setOf(category).add(range);
    },
    remove(category, range) {
      painted.delete(range);
      changed = true;
      sets.get(category)?.delete(range);
      held.get(category)?.delete(range);
    },
    preview() {
      const shown = unregistered.size + release();
      // Nothing new to show (a rescan of a page already painted): no frame to wait for.
      if (shown === 0) return Promise.resolve();
      for (const category of unregistered) held.set(category, new Set());
      register();
      return surface.nextPaint();
    },
    commit() {
      if (painted.size > capacity && enterWindow()) return;
      if (windowed) {
        leaveWindow();
        return;
      }
      release();
      held.clear();
      register();
    },
    clear() {
      windowed?.stopWatching();
      windowed = null;
      painted.clear();
      unregistered.clear();
      held.clear();
      for (const category of sets.keys()) surface.unregister(category);
      sets.clear();
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
