// The Traditional Chinese of every content text written in Simplified only, generated when the
// extension is built (issue #22): content keeps one hand-written zh_TW where Taiwan's usage
// differs, and the build converts the rest with opencc-js and our Taiwan corrections.
import type { Plugin } from 'vite';
import { neighbourRecords, recommendedRecords } from '../content/related';
import { redFlagRecords } from '../content/redFlags';
import { topicRecords } from '../content/topics/records';
import { simplifiedToConvert } from '../lib/i18n/localize';
import { toTraditional } from './i18n/traditional.mjs';
import overrides from './i18n/zh_TW-overrides.json';

const TRADITIONAL_TEXT_MODULE = 'virtual:traditional-text';
const RESOLVED_ID = `\0${TRADITIONAL_TEXT_MODULE}`;

/** Every record whose text the panel, the card or the summary shows. */
export const CONTENT_RECORDS: readonly unknown[] = [topicRecords, redFlagRecords, neighbourRecords, recommendedRecords];

/** Simplified text → Traditional, for every text of the given records that has no zh_TW of its own. */
export function traditionalTable(records: readonly unknown[] = CONTENT_RECORDS): Record<string, string> {
  return Object.fromEntries(
    simplifiedToConvert(records).map((simplified) => [simplified, toTraditional(simplified, overrides.phrases)]),
  );
}

/** Serves `virtual:traditional-text` to Vite (WXT's build, Vitest). */
export function traditionalText(): Plugin {
  return {
    name: 'lumbar-lens:traditional-text',
    resolveId: (id) => (id === TRADITIONAL_TEXT_MODULE ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID ? `export const traditionalText = ${JSON.stringify(traditionalTable())};` : undefined,
  };
}
