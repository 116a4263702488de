/**
 * Which mentions to register when a page has too many to register at once: a window of them,
 * in page order, around the first one on screen.
 */

/** A part of a list: items from `start` up to, not including, `end`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The index of the first item for which `isAbove` is false, in a list where it is true of a
 * leading part only (items above the screen, then the rest); `count` when it is true of all.
 */
export function firstNotAbove(count: number, isAbove: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAbove(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `capacity` items around the ones on screen, which start a quarter of the way in (the reader
 * goes on down more often than back up), moved inside the list at either end.
 */
export function windowAround(onScreen: Span, count: number, capacity: number): Span {
  if (count <= capacity) return { start: 0, end: count };
  const start = Math.min(Math.max(0, onScreen.start - (capacity >> 2)), count - capacity);
  return { start, end: start + capacity };
}

/**
 * Whether the window should move to keep up with what is on screen: once that comes within
 * an eighth of the window of either edge, unless the edge is the list's own.
 */
export function isNearEdge(window: Span, onScreen: Span, count: number, capacity: number): boolean {
  const margin = capacity >> 3;
  return (
    (window.start > 0 && onScreen.start < window.start + margin) ||
    (window.end < count && onScreen.end > window.end - margin)
  );
}
