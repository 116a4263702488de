import type { Mention, MentionIndex } from '../lib/highlight/mentions';
import { blockOf } from '../lib/scan/elements';
import { liveRange } from './liveRange';

interface HighlightHit {
  ranges: AbstractRange[];
}

interface PointQueries {
  highlightsFromPoint?(x: number, y: number): HighlightHit[];
}

interface CaretQueries {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** The highlighted mention under a point of the viewport, if any. */
export function mentionAt(document: Document, mentions: MentionIndex, x: number, y: number): Mention | null {
  const registry = CSS.highlights as unknown as PointQueries;
  if (typeof registry.highlightsFromPoint === 'function') {
    for (const hit of registry.highlightsFromPoint(x, y)) {
      for (const range of hit.ranges) {
        const mention = mentions.inBlock(blockOf(range.startContainer)).find((candidate) => candidate.range === range);
        if (mention) return mention;
      }
    }
    return null;
  }
  return mentionAtCaret(document, mentions, x, y);
}

/** Where the browser cannot list highlights at a point: find the caret, then the mention around it. */
function mentionAtCaret(document: Document, mentions: MentionIndex, x: number, y: number): Mention | null {
  const queries = document as unknown as CaretQueries;
  const caret =
    queries.caretPositionFromPoint?.(x, y) ??
    (() => {
      const range = queries.caretRangeFromPoint?.(x, y);
      return range ? { offsetNode: range.startContainer, offset: range.startOffset } : null;
    })();
  if (!caret || caret.offsetNode.nodeType !== Node.TEXT_NODE) return null;
  for (const mention of mentions.inBlock(blockOf(caret.offsetNode))) {
    const live = liveRange(mention.range);
    // A caret snaps to the nearest character: check the point really lies on the term.
    if (
      live.isPointInRange(caret.offsetNode, caret.offset) &&
      [...live.getClientRects()].some((rect) => inside(rect, x, y))
    ) {
      return mention;
    }
  }
  return null;
}

function inside(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}
