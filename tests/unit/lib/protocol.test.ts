import { describe, expect, it } from 'vitest';
import { isMentionShown, isPageEvent, isPageStatus, isPanelRequest } from '../../../lib/protocol/messages';

const status = { host: 'www.nhs.uk', verdict: 'health-domain', state: 'on', counts: { 'disc-herniation': 3 } };

describe('message validation', () => {
  it.each([
    [{ type: 'get-page-status' }, true],
    [{ type: 'force-highlight' }, true],
    [{ type: 'show-next-mention', topic: 'disc-herniation' }, true],
    [{ type: 'show-next-mention', topic: '<script>' }, false],
    [{ type: 'show-next-mention' }, false],
    [{ type: 'delete-everything' }, false],
    ['get-page-status', false],
    [null, false],
  ])('panel request %j → %s', (message, expected) => {
    expect(isPanelRequest(message)).toBe(expected);
  });

  it.each([
    [status, true],
    [{ ...status, counts: {} }, true],
    [{ ...status, counts: { 'disc-herniation': -1 } }, false],
    [{ ...status, counts: { 'disc-herniation': 1.5 } }, false],
    [{ ...status, counts: { 'Not A Topic': 1 } }, false],
    [
      { ...status, counts: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`t-${'a'.repeat(i + 1)}`, 1])) },
      false,
    ],
    [{ ...status, state: 'maybe' }, false],
    [{ ...status, verdict: 'health' }, false],
    [{ ...status, host: 'x'.repeat(300) }, false],
    [{ ...status, counts: null }, false],
  ])('page status %#', (value, expected) => {
    expect(isPageStatus(value)).toBe(expected);
  });

  it('validates page events and jump answers', () => {
    expect(isPageEvent({ type: 'page-status', status })).toBe(true);
    expect(isPageEvent({ type: 'page-status', status: { ...status, state: 1 } })).toBe(false);
    expect(isPageEvent({ type: 'open-topic', topic: 'blood-stasis' })).toBe(true);
    expect(isPageEvent({ type: 'open-topic', topic: 42 })).toBe(false);
    expect(isMentionShown({ index: 2, total: 5 })).toBe(true);
    expect(isMentionShown({ index: 0, total: 0 })).toBe(true);
    expect(isMentionShown({ index: 6, total: 5 })).toBe(false);
    expect(isMentionShown({ index: '1', total: 5 })).toBe(false);
  });
});
