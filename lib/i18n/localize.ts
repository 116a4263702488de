import type { Localized } from '../../content/types';
import type { Locale } from './locale';

/** Simplified Chinese texts and their Traditional forms, generated when the extension is built. */
type TraditionalTable = Readonly<Record<string, string>>;

/**
 * Which language a text is shown in: the locale's own where it exists. Traditional Chinese
 * is the hand-written zh_TW, else zh_CN converted; Simplified falls back to English, as does
 * everything missing.
 */
export function shownLocale(text: Localized, locale: Locale): Locale {
  if (locale === 'zh_TW' && (text.zh_TW !== undefined || text.zh_CN !== undefined)) return 'zh_TW';
  if (locale === 'zh_CN' && text.zh_CN !== undefined) return 'zh_CN';
  return 'en';
}

export function localize(text: Localized, locale: Locale, traditional: TraditionalTable): string {
  switch (shownLocale(text, locale)) {
    case 'zh_TW':
      return text.zh_TW ?? (Object.hasOwn(traditional, text.zh_CN!) ? traditional[text.zh_CN!] : text.zh_CN!);
    case 'zh_CN':
      return text.zh_CN!;
    default:
      return text.en;
  }
}

function isLocalized(value: object): value is Localized {
  return typeof (value as Localized).en === 'string';
}

/**
 * Every Simplified text, found anywhere inside the values, whose Traditional form is left to the
 * build: a `Localized` with zh_CN and no zh_TW.
 */
export function simplifiedToConvert(values: readonly unknown[]): string[] {
  const found = new Set<string>();
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (isLocalized(value) && typeof value.zh_CN === 'string' && value.zh_TW === undefined) found.add(value.zh_CN);
    for (const child of Object.values(value)) walk(child);
  };
  values.forEach(walk);
  return [...found];
}
