import { describe, expect, it } from 'vitest';
import { defaultView, isViewId, viewForKey, VIEWS } from '../../../lib/views';

describe('the panel’s views', () => {
  it('opens on what the page says when it is highlighted, on the checklist when it is not', () => {
    expect(defaultView('highlighted')).toBe('page');
    expect(defaultView('other')).toBe('checklist');
    // While the page is being read, its own view says so.
    expect(defaultView('loading')).toBe('page');
  });

  it('moves along the tab list with the arrow keys, cycling, and to its ends with Home and End', () => {
    const count = VIEWS.length;
    expect(viewForKey('ArrowRight', 0, count)).toBe(1);
    expect(viewForKey('ArrowRight', count - 1, count)).toBe(0);
    expect(viewForKey('ArrowLeft', 0, count)).toBe(count - 1);
    expect(viewForKey('ArrowLeft', 2, count)).toBe(1);
    expect(viewForKey('Home', 2, count)).toBe(0);
    expect(viewForKey('End', 0, count)).toBe(count - 1);
    expect(viewForKey('ArrowDown', 1, count)).toBeNull();
    expect(viewForKey('a', 1, count)).toBeNull();
  });

  it('knows its views’ names and nothing else', () => {
    expect(VIEWS.every(isViewId)).toBe(true);
    expect(isViewId('settings')).toBe(false);
    expect(isViewId(undefined)).toBe(false);
  });
});
