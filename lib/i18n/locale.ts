/** The languages the extension speaks, named as its _locales folders are. */
export const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language setting: a locale, or 'auto' to follow the browser's own language. */
export const LANGUAGE_SETTINGS = ['auto', ...LOCALES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return typeof value === 'string' && (LANGUAGE_SETTINGS as readonly string[]).includes(value);
}

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The locale for a BCP 47 tag such as the browser's UI language: Chinese written in Traditional
 * script (zh-Hant, or the regions that write it: Taiwan, Hong Kong, Macao) gets zh_TW, any other
 * Chinese zh_CN, everything else English.
 */
export function localeOfTag(tag: string): Locale {
  const parts = tag.toLowerCase().replaceAll('_', '-').split('-');
  if (parts[0] !== 'zh') return 'en';
  if (parts.includes('hant')) return 'zh_TW';
  if (parts.includes('hans')) return 'zh_CN';
  return parts.some((part) => TRADITIONAL_REGIONS.has(part)) ? 'zh_TW' : 'zh_CN';
}

export function resolveLocale(setting: LanguageSetting, browserLanguage: string): Locale {
  return setting === 'auto' ? localeOfTag(browserLanguage) : setting;
}

/** The BCP 47 tag for `lang` attributes and Intl. */
export function languageTag(locale: Locale): 'en' | 'zh-CN' | 'zh-TW' {
  return locale === 'en' ? 'en' : locale === 'zh_CN' ? 'zh-CN' : 'zh-TW';
}
