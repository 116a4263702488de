/**
 * The page map: where the mentions are along the page's height. A panel draws a strip a few
 * hundred pixels tall, so mentions closer than one of its rows become one mark (the first
 * in page order, whose index a click jumps to): a page with 50,000 mentions sends at most
 * `MAP_ROWS` marks per category.
 */
import type { TermCategory } from '../highlight/categories';

export interface MapMark {
  /** Distance from the top of the page, in CSS pixels. */
  y: number;
  category: TermCategory;
  /** 0-based index of the mention in the page-wide list (page order). */
  index: number;
}

export interface PageMap {
  pageHeight: number;
  viewportTop: number;
  viewportHeight: number;
  /** How many mentions the marks stand for. */
  total: number;
  marks: MapMark[];
}

export const MAP_ROWS = 400;

export function mergeMarks(marks: readonly MapMark[], pageHeight: number, rows = MAP_ROWS): MapMark[] {
  const rowHeight = Math.max(1, pageHeight / rows);
  const seen = new Set<string>();
  const merged: MapMark[] = [];
  for (const mark of marks) {
    const key = `${Math.floor(mark.y / rowHeight)} ${mark.category}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(mark);
  }
  return merged;
}
