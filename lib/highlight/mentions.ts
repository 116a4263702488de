/** Where each term was found, grouped by the block it sits in, so a block can be redone alone. */
import type { TermCategory } from './categories';

export interface Mention {
  topic: string;
  category: TermCategory;
  /** Index of the term in the lexicon. */
  term: number;
  range: AbstractRange;
  /** The block the mention's text belongs to (see lib/scan). */
  block: Node;
}

export class MentionIndex {
  private readonly byBlock = new Map<Node, Mention[]>();
  private readonly perTopic = new Map<string, number>();
  private readonly perTerm = new Map<number, number>();
  private total = 0;

  add(mention: Mention): void {
    const list = this.byBlock.get(mention.block);
    if (list) list.push(mention);
    else this.byBlock.set(mention.block, [mention]);
    this.perTopic.set(mention.topic, (this.perTopic.get(mention.topic) ?? 0) + 1);
    this.perTerm.set(mention.term, (this.perTerm.get(mention.term) ?? 0) + 1);
    this.total++;
  }

  /** Removes and returns the mentions of every block the predicate picks. */
  removeBlocks(picks: (block: Node) => boolean): Mention[] {
    const removed: Mention[] = [];
    for (const [block, list] of this.byBlock) {
      if (!picks(block)) continue;
      this.byBlock.delete(block);
      for (const mention of list) {
        removed.push(mention);
        const left = (this.perTopic.get(mention.topic) ?? 1) - 1;
        if (left === 0) this.perTopic.delete(mention.topic);
        else this.perTopic.set(mention.topic, left);
        const ofTerm = (this.perTerm.get(mention.term) ?? 1) - 1;
        if (ofTerm === 0) this.perTerm.delete(mention.term);
        else this.perTerm.set(mention.term, ofTerm);
      }
    }
    this.total -= removed.length;
    return removed;
  }

  inBlock(block: Node): readonly Mention[] {
    return this.byBlock.get(block) ?? [];
  }

  get size(): number {
    return this.total;
  }

  counts(): Record<string, number> {
    return Object.fromEntries(this.perTopic);
  }

  /** The lexicon indexes of the terms mentioned at least once, in the order they were first found. */
  terms(): number[] {
    return [...this.perTerm.keys()];
  }

  /** Every mention, block by block in the order the blocks were scanned (see lib/mentions/order). */
  all(): Mention[] {
    const found: Mention[] = [];
    for (const list of this.byBlock.values()) for (const mention of list) found.push(mention);
    return found;
  }

  /** A topic's mentions in the order they appear in the document. */
  ofTopic(topic: string): Mention[] {
    const found: Mention[] = [];
    for (const list of this.byBlock.values())
      for (const mention of list) if (mention.topic === topic) found.push(mention);
    return found.sort(compareDocumentOrder);
  }
}

const DOCUMENT_POSITION_DISCONNECTED = 1;
const DOCUMENT_POSITION_FOLLOWING = 4;

/**
 * Orders ranges by where they start in the document. Ranges in different trees (a shadow root
 * and its host's document) have no such order: the browser's own stands in for it, and
 * `onUnordered` is told.
 */
export function compareRangeStarts(a: AbstractRange, b: AbstractRange, onUnordered?: () => void): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const position = a.startContainer.compareDocumentPosition(b.startContainer);
  if (position & DOCUMENT_POSITION_DISCONNECTED) onUnordered?.();
  return position & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Orders mentions as they appear in the document. */
export function compareDocumentOrder(a: Mention, b: Mention): number {
  return compareRangeStarts(a.range, b.range);
}
