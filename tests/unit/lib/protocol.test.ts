import { describe, expect, it } from 'vitest';
import { isMentionShown, isPageMap, isPageStatus, parseAnswer, parseMessage } from '../../../lib/protocol/messages';

const status = {
  host: 'www.nhs.uk',
  verdict: 'health-domain',
  state: 'on',
  counts: { 'disc-herniation': 3 },
  urgentTerms: ['loss of bladder or bowel control', '大小便失禁'],
};

describe('message validation', () => {
  it.each([
    [{ type: 'get-page-status' }, true],
    [{ type: 'force-highlight' }, true],
    [{ type: 'show-next-mention', topic: 'disc-herniation' }, true],
    [{ type: 'show-next-mention', topic: '<script>' }, false],
    [{ type: 'show-next-mention' }, false],
    [{ type: 'delete-everything' }, false],
    [{ type: 'toString' }, false],
    [{ type: '__proto__' }, false],
    ['get-page-status', false],
    [null, false],
    [{ type: 'page-status', status }, true],
    [{ type: 'page-status', status: { ...status, state: 1 } }, false],
    [{ type: 'open-topic', topic: 'blood-stasis', sign: null }, true],
    [{ type: 'open-topic', topic: 'ectopic-pregnancy', sign: 'pregnancy-emergency' }, true],
    [{ type: 'open-topic', topic: 'blood-stasis' }, false],
    [{ type: 'open-topic', topic: 'ectopic-pregnancy', sign: '<img src=x>' }, false],
    [{ type: 'open-topic', topic: 42, sign: null }, false],
    [{ type: 'describe-term', term: 'sciatica', locale: 'en' }, true],
    [{ type: 'describe-term', term: '腰椎间盘突出', locale: 'zh_TW' }, true],
    [{ type: 'describe-term', term: 'sciatica' }, false],
    [{ type: 'describe-term', term: 'sciatica', locale: 'zh-CN' }, false],
    [{ type: 'describe-term', term: '', locale: 'en' }, false],
    [{ type: 'describe-term', term: 'x'.repeat(500), locale: 'en' }, false],
    [{ type: 'get-mentions', topic: null, offset: 0, limit: 50 }, true],
    [{ type: 'get-mentions', topic: 'sciatica', offset: 50, limit: 50 }, true],
    [{ type: 'get-mentions', topic: 'sciatica', offset: -1, limit: 50 }, false],
    [{ type: 'get-mentions', topic: 'sciatica', offset: 0, limit: 100_000 }, false],
    [{ type: 'show-mention', topic: null, index: 3 }, true],
    [{ type: 'show-mention', topic: null, index: 1.5 }, false],
    [{ type: 'step-mention', topic: null, direction: 'previous' }, true],
    [{ type: 'step-mention', topic: 'sciatica', direction: 'sideways' }, false],
    [{ type: 'step-mention', direction: 'next' }, false],
  ])('message %j → %s', (message, expected) => {
    expect(parseMessage(message) !== null).toBe(expected);
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
    [{ ...status, urgentTerms: [] }, true],
    [{ ...status, urgentTerms: undefined }, false],
    [{ ...status, urgentTerms: [''] }, false],
    [{ ...status, urgentTerms: [42] }, false],
    [{ ...status, urgentTerms: ['x'.repeat(500)] }, false],
    [{ ...status, urgentTerms: Array.from({ length: 1000 }, (_, i) => `term ${i}`) }, false],
  ])('page status %#', (value, expected) => {
    expect(isPageStatus(value)).toBe(expected);
  });

  it('checks every answer against the message it answers', () => {
    expect(parseAnswer('get-page-status', status)).toEqual(status);
    expect(parseAnswer('get-page-status', { ...status, counts: null })).toBeNull();
    expect(parseAnswer('show-next-mention', { index: 1, total: 2 })).toEqual({ index: 1, total: 2 });
    expect(parseAnswer('show-next-mention', status)).toBeNull();
    expect(parseAnswer('open-topic', true)).toBe(true);
    expect(parseAnswer('open-topic', 'yes')).toBeNull();
    expect(parseAnswer('describe-term', null)).toBeNull();
    expect(parseAnswer('describe-term', { term: 'sciatica' })).toBeNull();
  });

  it('validates jump answers', () => {
    expect(isMentionShown({ index: 2, total: 5 })).toBe(true);
    expect(isMentionShown({ index: 0, total: 0 })).toBe(true);
    expect(isMentionShown({ index: 6, total: 5 })).toBe(false);
    expect(isMentionShown({ index: '1', total: 5 })).toBe(false);
  });

  const item = { index: 0, topic: 'sciatica', category: 'symptom', text: 'Sciatica hurts.', start: 0, end: 8 };
  const list = { topic: 'sciatica', offset: 0, total: 1, items: [item] };

  it.each([
    [list, true],
    [{ ...list, topic: null }, true],
    [{ ...list, items: [{ ...item, end: 99 }] }, false],
    [{ ...list, items: [{ ...item, start: 9, end: 8 }] }, false],
    [{ ...list, items: [{ ...item, text: 'x'.repeat(5000) }] }, false],
    [{ ...list, items: [{ ...item, category: '<b>' }] }, false],
    [{ ...list, items: [{ ...item, text: 42 }] }, false],
    [{ ...list, items: Array(501).fill(item) }, false],
  ])('mention list answer %#', (value, expected) => {
    expect(parseAnswer('get-mentions', value) !== null).toBe(expected);
  });

  it('validates page maps, which arrive through a port', () => {
    const map = {
      pageHeight: 4000,
      viewportTop: 0,
      viewportHeight: 600,
      total: 1,
      marks: [{ y: 20, category: 'condition', index: 0 }],
    };
    expect(isPageMap(map)).toBe(true);
    expect(isPageMap({ ...map, pageHeight: Number.NaN })).toBe(false);
    expect(isPageMap({ ...map, marks: [{ y: 20, category: 'x y', index: 0 }] })).toBe(false);
    expect(isPageMap({ ...map, marks: 'lots' })).toBe(false);
  });
});
