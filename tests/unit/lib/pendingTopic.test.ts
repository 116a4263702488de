import { describe, expect, it } from 'vitest';
import { parsePendingTopic } from '../../../lib/settings/pendingTopic';

const now = 1_800_000_000_000;

describe('parsePendingTopic', () => {
  it.each([
    [{ topic: 'blood-stasis', tabId: 4, at: now - 1000 }, 'blood-stasis'],
    [{ topic: 'blood-stasis', tabId: 4, at: now - 31_000 }, null],
    [{ topic: 'blood-stasis', tabId: 4, at: now + 5000 }, null],
    [{ topic: '<img>', tabId: 4, at: now }, null],
    [{ topic: 'blood-stasis', tabId: '4', at: now }, null],
    [{ topic: 'blood-stasis', at: now }, null],
    ['blood-stasis', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (stored, expected) => {
    expect(parsePendingTopic(stored, now)).toBe(expected);
  });
});
