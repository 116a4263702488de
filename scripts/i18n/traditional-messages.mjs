// Writes public/_locales/zh_TW/messages.json from the zh_CN one and our corrections
// (scripts/i18n/zh_TW-overrides.json). Run after changing either: `npm run i18n:traditional`.
// tests/unit/i18n/messages.test.ts fails while the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { traditionalMessages } from './traditional.mjs';

const root = resolve(import.meta.dirname, '../..');
/** @param {string} path @returns {unknown} */
const read = (path) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

export const ZH_TW_FILE = 'public/_locales/zh_TW/messages.json';

/** The zh_TW file's text as it should be now. */
export function traditionalMessagesText() {
  const messages = traditionalMessages(
    /** @type {Parameters<typeof traditionalMessages>[0]} */ (read('public/_locales/zh_CN/messages.json')),
    /** @type {Parameters<typeof traditionalMessages>[1]} */ (read('scripts/i18n/zh_TW-overrides.json')),
  );
  return `${JSON.stringify(messages, null, 2)}\n`;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(resolve(root, ZH_TW_FILE), traditionalMessagesText());
  console.log(`Wrote ${ZH_TW_FILE}.`);
}
