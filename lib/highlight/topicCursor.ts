export type Direction = 'next' | 'previous';

/** The cursor key of the page-wide list, every topic's mentions in page order: no topic is named so. */
export const ALL_MENTIONS = '';

/**
 * Where "show the next (or previous) mention" is for each topic, and for all mentions of the
 * page (`ALL_MENTIONS`): it steps through a list in page order and wraps around at either end.
 * The list may change between steps (a page that changes); the position is kept and wrapped to
 * the list's new length.
 */
export class TopicCursor {
  private readonly positions = new Map<string, number>();

  /** The 0-based index of the mention to show next for a topic with `count` mentions, or null. */
  next(topic: string, count: number): number | null {
    return this.step(topic, count, 'next');
  }

  /** The 0-based index of the mention before the current one, the last one first, or null. */
  previous(topic: string, count: number): number | null {
    return this.step(topic, count, 'previous');
  }

  step(topic: string, count: number, direction: Direction): number | null {
    if (count === 0) return null;
    const current = this.positions.get(topic);
    const index =
      direction === 'next'
        ? ((current ?? -1) + 1) % count
        : ((current === undefined ? count : Math.min(current, count)) - 1 + count) % count;
    this.positions.set(topic, index);
    return index;
  }

  /** Makes the 0-based `index` the current one, as when a mention is chosen from a list. */
  set(topic: string, index: number): void {
    this.positions.set(topic, index);
  }

  clear(): void {
    this.positions.clear();
  }
}
