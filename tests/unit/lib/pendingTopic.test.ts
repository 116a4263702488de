import { describe, expect, it } from 'vitest';
import { parsePendingTopic } from '../../../lib/settings/pendingTopic';

const now = 1_800_000_000_000;

describe('parsePendingTopic', () => {
  it.each([
    [
      { topic: 'blood-stasis', sign: null, tabId: 4, at: now - 1000 },
      { topic: 'blood-stasis', sign: null },
    ],
    [
      { topic: 'ectopic-pregnancy', sign: 'pregnancy-emergency', tabId: 4, at: now },
      { topic: 'ectopic-pregnancy', sign: 'pregnancy-emergency' },
    ],
    [{ topic: 'ectopic-pregnancy', sign: '<b>', tabId: 4, at: now }, null],
    [{ topic: 'blood-stasis', tabId: 4, at: now }, null],
    [{ topic: 'blood-stasis', sign: null, tabId: 4, at: now - 31_000 }, null],
    [{ topic: 'blood-stasis', sign: null, tabId: 4, at: now + 5000 }, null],
    [{ topic: '<img>', sign: null, tabId: 4, at: now }, null],
    [{ topic: 'blood-stasis', sign: null, tabId: '4', at: now }, null],
    [{ topic: 'blood-stasis', sign: null, at: now }, null],
    ['blood-stasis', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (stored, expected) => {
    expect(parsePendingTopic(stored, now)).toEqual(expected);
  });
});
