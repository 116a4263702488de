/**
 * Mentions in page order, and lists cut into pages. A full pass adds mentions in the order
 * the walk meets them, which is page order: checking that costs one comparison per mention,
 * so only a page that changed since pays for a sort.
 */
export function inPageOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  for (let index = 1; index < items.length; index++) {
    if (compare(items[index - 1], items[index]) > 0) return [...items].sort(compare);
  }
  return [...items];
}

/** Mentions shown at first, and added by each "show more". */
export const PAGE_SIZE = 50;

export interface ListPage<T> {
  /** 0-based position of the first item in the whole list. */
  offset: number;
  total: number;
  items: T[];
}

/** The part of a list from `offset`, at most `limit` long; an offset past the end gives none. */
export function pageOf<T>(items: readonly T[], offset: number, limit: number): ListPage<T> {
  const start = Math.max(0, Math.min(offset, items.length));
  return { offset: start, total: items.length, items: items.slice(start, start + Math.max(0, limit)) };
}
