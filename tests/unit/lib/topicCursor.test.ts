import { describe, expect, it } from 'vitest';
import { TopicCursor } from '../../../lib/highlight/topicCursor';

describe('TopicCursor', () => {
  it('steps through a topic’s mentions and starts again after the last', () => {
    const cursor = new TopicCursor();
    expect([1, 2, 3, 4].map(() => cursor.next('disc-herniation', 3))).toEqual([0, 1, 2, 0]);
  });

  it('keeps each topic’s place apart', () => {
    const cursor = new TopicCursor();
    cursor.next('high-heels', 5);
    cursor.next('high-heels', 5);
    expect(cursor.next('blood-stasis', 5)).toBe(0);
    expect(cursor.next('high-heels', 5)).toBe(2);
  });

  it('wraps when the page loses mentions, says so when none are left, and starts over when cleared', () => {
    const cursor = new TopicCursor();
    [5, 5, 5].forEach(() => cursor.next('sciatica', 5));
    expect(cursor.next('sciatica', 2)).toBe(1);
    expect(cursor.next('sciatica', 0)).toBeNull();
    cursor.clear();
    expect(cursor.next('sciatica', 2)).toBe(0);
  });
});
