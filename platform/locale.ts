import { browser } from 'wxt/browser';
import { resolveLocale, type LanguageSetting, type Locale } from '../lib/i18n/locale';

/** The browser's UI language as a locale; English where the browser cannot say. */
export function browserLocale(): Locale {
  try {
    return resolveLocale('auto', browser.i18n.getUILanguage());
  } catch {
    return 'en';
  }
}

/** The locale a language setting means in this browser. */
export function localeOf(setting: LanguageSetting): Locale {
  return setting === 'auto' ? browserLocale() : setting;
}
