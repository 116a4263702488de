import { describe, expect, it } from 'vitest';
import { firstNotAbove, isNearEdge, windowAround } from '../../../lib/highlight/window';

describe('firstNotAbove', () => {
  it('finds where a leading part ends, asking about as few items as a binary search does', () => {
    for (const [count, above] of [
      [1000, 0],
      [1000, 1],
      [1000, 637],
      [1000, 999],
      [1000, 1000],
      [1, 1],
      [0, 0],
    ]) {
      const asked: number[] = [];
      const found = firstNotAbove(count, (index) => {
        asked.push(index);
        return index < above;
      });
      expect(found).toBe(above);
      expect(asked.length).toBeLessThanOrEqual(Math.ceil(Math.log2(count + 1)));
      expect(asked.every((index) => index >= 0 && index < count)).toBe(true);
    }
  });
});

describe('windowAround', () => {
  it('keeps every item while they fit', () => {
    expect(windowAround({ start: 40, end: 60 }, 100, 100)).toEqual({ start: 0, end: 100 });
    expect(windowAround({ start: 0, end: 0 }, 0, 100)).toEqual({ start: 0, end: 0 });
  });

  it('puts what is on screen a quarter of the way into a full window', () => {
    expect(windowAround({ start: 5000, end: 5100 }, 50_000, 4000)).toEqual({ start: 4000, end: 8000 });
  });

  it('stays inside the list at its top and at its end', () => {
    expect(windowAround({ start: 300, end: 400 }, 50_000, 4000)).toEqual({ start: 0, end: 4000 });
    expect(windowAround({ start: 49_900, end: 50_000 }, 50_000, 4000)).toEqual({ start: 46_000, end: 50_000 });
    // Scrolled past every item: the last window.
    expect(windowAround({ start: 50_000, end: 50_000 }, 50_000, 4000)).toEqual({ start: 46_000, end: 50_000 });
  });
});

describe('isNearEdge', () => {
  const window = { start: 4000, end: 8000 };

  it('lets the reader move within the window without moving it', () => {
    expect(isNearEdge(window, { start: 5000, end: 5100 }, 50_000, 4000)).toBe(false);
    expect(isNearEdge(window, { start: 4500, end: 7500 }, 50_000, 4000)).toBe(false);
  });

  it('moves it once what is on screen comes within an eighth of either edge', () => {
    expect(isNearEdge(window, { start: 4499, end: 4600 }, 50_000, 4000)).toBe(true);
    expect(isNearEdge(window, { start: 7400, end: 7501 }, 50_000, 4000)).toBe(true);
  });

  it('never moves it past the list’s own ends', () => {
    expect(isNearEdge({ start: 0, end: 4000 }, { start: 0, end: 10 }, 50_000, 4000)).toBe(false);
    expect(isNearEdge({ start: 46_000, end: 50_000 }, { start: 49_990, end: 50_000 }, 50_000, 4000)).toBe(false);
  });
});
