import { describe, expect, it } from 'vitest';
import { ALL_MENTIONS, TopicCursor } from '../../../lib/highlight/topicCursor';

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

  it('steps back too, from the last mention first, cycling, and on from a mention chosen in a list', () => {
    const cursor = new TopicCursor();
    expect([1, 2, 3, 4].map(() => cursor.previous('sciatica', 3))).toEqual([2, 1, 0, 2]);
    cursor.set('sciatica', 0);
    expect(cursor.step('sciatica', 3, 'next')).toBe(1);
    expect(cursor.step('sciatica', 3, 'previous')).toBe(0);
  });

  it('keeps the page-wide place apart from every topic’s, and wraps back when the list shrank', () => {
    const cursor = new TopicCursor();
    cursor.set(ALL_MENTIONS, 9);
    expect(cursor.next('sciatica', 3)).toBe(0);
    expect(cursor.previous(ALL_MENTIONS, 4)).toBe(3);
    expect(cursor.next(ALL_MENTIONS, 4)).toBe(0);
    expect(cursor.previous(ALL_MENTIONS, 0)).toBeNull();
  });
});
