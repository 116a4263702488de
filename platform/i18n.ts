import type messages from '../public/_locales/en/messages.json';
import en from '../public/_locales/en/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';
import zhTW from '../public/_locales/zh_TW/messages.json';
import { languageTag, type Locale } from '../lib/i18n/locale';
import { formatMessage, type MessageBundle } from '../lib/i18n/messages';
import { browserLocale } from './locale';

export { localeOf } from './locale';

/** Every UI string has an entry in _locales/en: a missing key fails type-checking. */
export type MessageKey = keyof typeof messages;

/**
 * The three locale files, bundled: the user may choose a language other than the browser's,
 * which browser.i18n.getMessage cannot give.
 */
const BUNDLES: Record<Locale, MessageBundle> = { en, zh_CN: zhCN, zh_TW: zhTW };

let active: Locale = browserLocale();

/** Sets the language every later t() speaks in, and the document's `lang`. */
export function setActiveLocale(locale: Locale, document?: Document): void {
  active = locale;
  if (document) document.documentElement.lang = languageTag(locale);
}

export function activeLocale(): Locale {
  return active;
}

/** A UI string in the active language; the English one where a locale file lacks the key. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return formatMessage(BUNDLES[active], key, substitutions) ?? formatMessage(en, key, substitutions) ?? '';
}
