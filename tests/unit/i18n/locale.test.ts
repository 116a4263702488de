import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatOneDecimal } from '../../../lib/i18n/format';
import { languageTag, localeOfTag, resolveLocale } from '../../../lib/i18n/locale';
import { formatMessage } from '../../../lib/i18n/messages';

describe('the browser language, as a locale', () => {
  it.each([
    ['zh-CN', 'zh_CN'],
    ['zh-SG', 'zh_CN'],
    ['zh-Hans', 'zh_CN'],
    ['zh-Hans-HK', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['zh_CN', 'zh_CN'],
    ['zh-TW', 'zh_TW'],
    ['zh-HK', 'zh_TW'],
    ['zh-MO', 'zh_TW'],
    ['zh-Hant', 'zh_TW'],
    ['zh-Hant-CN', 'zh_TW'],
    ['ZH-tw', 'zh_TW'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['ja-JP', 'en'],
    ['fr-CA', 'en'],
    ['', 'en'],
  ])('%j reads as %s', (tag, locale) => {
    expect(localeOfTag(tag)).toBe(locale);
  });

  it('follows the browser only when the setting says auto', () => {
    expect(resolveLocale('auto', 'zh-TW')).toBe('zh_TW');
    expect(resolveLocale('en', 'zh-TW')).toBe('en');
    expect(resolveLocale('zh_CN', 'en-GB')).toBe('zh_CN');
  });

  it('names each locale as lang attributes want', () => {
    expect([languageTag('en'), languageTag('zh_CN'), languageTag('zh_TW')]).toEqual(['en', 'zh-CN', 'zh-TW']);
  });
});

describe('formatMessage', () => {
  const bundle = {
    plain: { message: 'Hello' },
    two: {
      message: '第 $INDEX$ 处，共 $TOTAL$ 处',
      placeholders: { index: { content: '$1' }, total: { content: '$2' } },
    },
    dollars: { message: 'Costs $$5, $NAME$', placeholders: { name: { content: '$1' } } },
    unknown: { message: 'Keep $OTHER$ as it is' },
  };

  it('substitutes named placeholders by position', () => {
    expect(formatMessage(bundle, 'two', ['3', '12'])).toBe('第 3 处，共 12 处');
  });

  it('does not read a substitution as a placeholder', () => {
    expect(formatMessage(bundle, 'two', ['$2', '$TOTAL$'])).toBe('第 $2 处，共 $TOTAL$ 处');
  });

  it('writes $$ as a dollar sign, and an unknown placeholder as written', () => {
    expect(formatMessage(bundle, 'dollars', ['Ann'])).toBe('Costs $5, Ann');
    expect(formatMessage(bundle, 'unknown', [])).toBe('Keep $OTHER$ as it is');
  });

  it('is undefined for a key the bundle lacks, even an inherited name', () => {
    expect(formatMessage(bundle, 'missing', [])).toBeUndefined();
    expect(formatMessage(bundle, 'toString', [])).toBeUndefined();
    expect(formatMessage(bundle, 'plain', [])).toBe('Hello');
  });
});

describe('dates and numbers for the locale', () => {
  const evening = new Date(2025, 4, 3, 21, 5);

  it('writes dates as each language does', () => {
    expect(formatDate(evening, 'date', 'zh_CN')).toBe('2025年5月3日');
    expect(formatDate(evening, 'date', 'zh_TW')).toBe('2025年5月3日');
    expect(formatDate(evening, 'date', 'en')).toBe('May 3, 2025');
    expect(formatDate(evening, 'month', 'zh_CN')).toBe('2025年5月');
    expect(formatDate(evening, 'month', 'en')).toBe('May 2025');
  });

  it('writes times as each language does', () => {
    expect(formatDate(evening, 'dateTime', 'zh_CN')).toBe('2025年5月3日 21:05');
    expect(formatDate(evening, 'dateTime', 'zh_TW')).toMatch(/^2025年5月3日 晚上\s?9:05$/);
    expect(formatDate(evening, 'dateTime', 'en')).toMatch(/^May 3, 2025, 9:05\sPM$/);
  });

  it('groups digits and keeps one decimal at most', () => {
    expect(formatCount(20000, 'zh_CN')).toBe('20,000');
    expect(formatOneDecimal(6.25, 'zh_TW')).toBe('6.3');
    expect(formatOneDecimal(6, 'en')).toBe('6');
  });
});
