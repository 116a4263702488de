import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import zhCN from '../../../public/_locales/zh_CN/messages.json';
import zhTW from '../../../public/_locales/zh_TW/messages.json';
import { correctPhrases, toTraditional } from '../../../scripts/i18n/traditional.mjs';
import { traditionalMessagesText, ZH_TW_FILE } from '../../../scripts/i18n/traditional-messages.mjs';

type Bundle = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * Messages that are rightly the same in every language. Keep it short: each entry is a name,
 * not a sentence.
 */
const SAME_IN_EVERY_LANGUAGE = new Set([
  // The product's name, as the stores list it.
  'panelTitle',
]);

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const withoutPlaceholders = (message: string) => message.replace(/\$\w+\$/g, '');
const placeholdersOf = (message: string) => [...message.matchAll(/\$([A-Z0-9_]+)\$/g)].map((match) => match[1]).sort();

describe.each([
  ['zh_CN', zhCN as Bundle],
  ['zh_TW', zhTW as Bundle],
])('the %s locale file', (_, bundle) => {
  const english = en as Bundle;

  it('has every English key, and no other', () => {
    expect(Object.keys(bundle).sort()).toEqual(Object.keys(english).sort());
  });

  it('leaves nothing in English', () => {
    const untranslated = Object.keys(english).filter(
      (key) =>
        !SAME_IN_EVERY_LANGUAGE.has(key) &&
        (!bundle[key] ||
          bundle[key].message === english[key].message ||
          // Words with no Chinese in them; punctuation alone ("、" for ", ", "：" for ": ") and
          // placeholders ($TITLE$) are not English.
          (LATIN.test(withoutPlaceholders(english[key].message)) && !HAN.test(bundle[key].message))),
    );
    expect(untranslated).toEqual([]);
  });

  it('keeps every placeholder, with the same substitutions', () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(placeholdersOf(bundle[key].message), key).toEqual(placeholdersOf(entry.message));
      expect(bundle[key].placeholders, key).toEqual(entry.placeholders);
    }
  });

  it('labels traditional Chinese medicine as a concept, not a diagnosis', () => {
    expect(bundle.tcmLabel.message).toMatch(/^中[医醫]概念$/);
    expect(bundle.labelTraditional.message).toMatch(/中[医醫]概念.*不是[诊診][断斷]/);
  });
});

describe('the Traditional Chinese locale file', () => {
  it('is what the zh_CN file and the hand corrections give (run `npm run i18n:traditional` when not)', () => {
    expect(readFileSync(resolve(import.meta.dirname, '../../..', ZH_TW_FILE), 'utf8')).toBe(traditionalMessagesText());
  });

  it('speaks as Taiwan writes, not as a character-by-character conversion', () => {
    const messages = zhTW as Bundle;
    expect(messages.diaryExportCsv.message).toContain('匯出');
    expect(messages.diaryExportCsv.message).toContain('試算表');
    expect(messages.printButton.message).toContain('列印');
    expect(messages.keysHeading.message).toBe('快速鍵');
    expect(messages.learnMore.message).toContain('新分頁');
    expect(messages.seeDoctorNone.message).toContain('「需要馬上就醫」');
    expect(messages.redFlagsEmergency.message).toContain('119');
    expect(
      Object.values(messages)
        .map((entry) => entry.message)
        .join(''),
    ).not.toMatch(/[“”]|擴充套件程式|專案/);
  });
});

describe('the Simplified to Traditional conversion', () => {
  it('uses Taiwan phrases', () => {
    expect(toTraditional('导出数据到文件，打印设置')).toBe('匯出資料到檔案，列印設定');
  });

  it('applies a correction once, even where the text already reads as corrected', () => {
    const phrases = { 盆腔炎: '骨盆腔炎' };
    expect(correctPhrases('盆腔炎，即骨盆腔炎', phrases)).toBe('骨盆腔炎，即骨盆腔炎');
  });

  it('prefers the longest correction', () => {
    expect(correctPhrases('腰疼的人', { 疼: '痛', 腰疼的: '腰痛的' })).toBe('腰痛的人');
  });
});
