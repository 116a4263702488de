import { describe, expect, it } from 'vitest';
import { traditionalText } from 'virtual:traditional-text';
import type { Localized } from '../../../content/types';
import { localize, shownLocale, simplifiedToConvert } from '../../../lib/i18n/localize';
import { CONTENT_RECORDS, traditionalTable } from '../../../scripts/traditional-text';

const english: Localized = { en: 'Kidney stones' };
const simplified: Localized = { en: 'Pelvic inflammatory disease', zh_CN: '盆腔炎' };
const handWritten: Localized = { en: 'Chlamydia', zh_CN: '衣原体感染', zh_TW: '披衣菌感染' };
const table = { 盆腔炎: '骨盆腔炎' };

describe('localize', () => {
  it('gives each locale its own text', () => {
    expect(localize(handWritten, 'en', table)).toBe('Chlamydia');
    expect(localize(handWritten, 'zh_CN', table)).toBe('衣原体感染');
    expect(localize(handWritten, 'zh_TW', table)).toBe('披衣菌感染');
  });

  it('gives Traditional readers the generated form of a Simplified-only text', () => {
    expect(localize(simplified, 'zh_TW', table)).toBe('骨盆腔炎');
    expect(shownLocale(simplified, 'zh_TW')).toBe('zh_TW');
  });

  it('shows the Simplified text to a Traditional reader rather than English when no form was generated', () => {
    expect(localize(simplified, 'zh_TW', {})).toBe('盆腔炎');
  });

  it('falls back to English where no Chinese is written, and says so', () => {
    expect(localize(english, 'zh_CN', table)).toBe('Kidney stones');
    expect(localize(english, 'zh_TW', table)).toBe('Kidney stones');
    expect(shownLocale(english, 'zh_CN')).toBe('en');
    expect(shownLocale({ en: 'x', zh_TW: '只有繁體' }, 'zh_CN')).toBe('en');
  });

  it('reads no inherited name from the table', () => {
    expect(localize({ en: 'x', zh_CN: 'constructor' }, 'zh_TW', {})).toBe('constructor');
  });
});

describe('the build-time Traditional table', () => {
  const records = [
    { id: 'pid', title: simplified, summary: { en: 'An infection', zh_CN: '女性上生殖道的感染，常由衣原体引起' } },
    { id: 'chlamydia', title: handWritten, links: [{ title: 'x', url: 'https://example.org' }] },
    [{ text: english }],
  ];

  it('finds every Simplified text left to the build, deep in any record, and no hand-written one', () => {
    expect(simplifiedToConvert(records).sort()).toEqual(['女性上生殖道的感染，常由衣原体引起', '盆腔炎'].sort());
  });

  it('converts them as Taiwan writes, with the hand corrections', () => {
    expect(traditionalTable(records)).toEqual({
      盆腔炎: '骨盆腔炎',
      '女性上生殖道的感染，常由衣原体引起': '女性上生殖道的感染，常由披衣菌引起',
    });
  });

  it('is what the build serves for the real content', () => {
    expect(traditionalText).toEqual(traditionalTable(CONTENT_RECORDS));
  });
});
