/**
 * Where "show the next mention" is for each topic: it steps through a topic's mentions in page
 * order and starts again after the last. The list may change between steps (a page that
 * changes); the position is kept and wrapped to the list's new length.
 */
export class TopicCursor {
  private readonly positions = new Map<string, number>();

  /** The 0-based index of the mention to show next for a topic with `count` mentions, or null. */
  next(topic: string, count: number): number | null {
    if (count === 0) return null;
    const index = ((this.positions.get(topic) ?? -1) + 1) % count;
    this.positions.set(topic, index);
    return index;
  }

  clear(): void {
    this.positions.clear();
  }
}
