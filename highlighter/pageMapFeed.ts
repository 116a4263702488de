import type { Mention } from '../lib/highlight/mentions';
import { createSlicer, SLICE_MS } from '../lib/highlight/slicer';
import { liveRange } from '../platform/liveRange';
import { MAP_ROWS, mergeMarks, type MapMark, type PageMap } from '../lib/mentions/pageMap';

/** At most one map every this often while the page scrolls or changes: a few a second. */
const THROTTLE_MS = 250;

/**
 * Yields behind the page's other tasks, the panel's messages among them: `scheduler.yield()`
 * would put this background work ahead of them.
 */
const yieldBehind = () => new Promise<void>((resume) => setTimeout(resume, 0));

/**
 * Where each mention sits from the top of the page, merged per row of the map; read in 8 ms
 * slices. A block shorter than a row of the map stands for all its mentions: one rectangle
 * instead of one per mention (25 times fewer on the 50,000-match page).
 */
async function readMarks(list: readonly Mention[], pageHeight: number, signal: AbortSignal): Promise<MapMark[]> {
  const slicer = createSlicer(performance, SLICE_MS, yieldBehind);
  const rowHeight = pageHeight / MAP_ROWS;
  const live = document.createRange();
  const blockRects = new Map<Node, DOMRect | null>();
  const marks: MapMark[] = [];
  for (let index = 0; index < list.length && !signal.aborted; index++) {
    const { range, category, block } = list[index];
    if (!range.startContainer.isConnected || !range.endContainer.isConnected) continue;
    let blockRect = blockRects.get(block);
    if (blockRect === undefined) {
      const rect = block instanceof Element ? block.getBoundingClientRect() : null;
      blockRect = rect && rect.height > 0 && rect.height <= rowHeight ? rect : null;
      blockRects.set(block, blockRect);
    }
    if (blockRect) {
      marks.push({ y: Math.max(0, blockRect.top + scrollY), category, index });
      continue;
    }
    const rect = liveRange(range, live).getBoundingClientRect();
    // Hidden since it was found (a closed disclosure): nowhere to jump to.
    if (rect.width === 0 && rect.height === 0) continue;
    marks.push({ y: Math.max(0, rect.top + scrollY), category, index });
    if (slicer.shouldYield()) await slicer.yield();
  }
  // The page may have scrolled between slices: positions were read against the scroll of their time.
  return mergeMarks(marks, pageHeight);
}

export interface MapSource {
  /** Every mention in page order, the same list the page-wide cursor steps through. */
  list(): readonly Mention[];
  /** Calls back whenever the mentions change; returns the function that stops that. */
  onChange(listener: () => void): () => void;
}

/**
 * Sends the page map while a panel listens (until `signal` aborts): at once, then at most every
 * 250 ms while the page scrolls, resizes or changes. Positions are read again only when the
 * mentions or the page's size changed; scrolling moves the viewport frame alone.
 */
export function feedPageMap(source: MapSource, send: (map: PageMap) => void, signal: AbortSignal): void {
  let marks: MapMark[] | null = null;
  let marksFor: readonly Mention[] | null = null;
  let marksHeight = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = -Infinity;
  let sending = false;

  async function sendNow(): Promise<void> {
    timer = undefined;
    if (signal.aborted) return;
    if (sending) return schedule();
    sending = true;
    lastSent = performance.now();
    try {
      const list = source.list();
      const pageHeight = document.documentElement.scrollHeight;
      if (!marks || marksFor !== list || marksHeight !== pageHeight) {
        marks = await readMarks(list, pageHeight, signal);
        marksFor = list;
        marksHeight = pageHeight;
      }
      if (!signal.aborted) {
        send({ pageHeight, viewportTop: scrollY, viewportHeight: innerHeight, total: list.length, marks });
      }
    } finally {
      sending = false;
    }
  }

  function schedule(): void {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(() => void sendNow(), Math.max(0, lastSent + THROTTLE_MS - performance.now()));
  }

  const options = { passive: true, signal };
  addEventListener('scroll', schedule, options);
  addEventListener('resize', schedule, options);
  const stopWatching = source.onChange(schedule);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    stopWatching();
  });
  void sendNow();
}
