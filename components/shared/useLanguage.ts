import { useLayoutEffect } from 'preact/hooks';
import type { LanguageSetting, Locale } from '../../lib/i18n/locale';
import { localeOf, setActiveLocale } from '../../platform/i18n';

/**
 * Makes a view speak the chosen language. Called at the top of a view's root, before its
 * children render: every t() below reads the locale set here, so a change of the setting
 * re-renders the whole view in the new language at once. Sets `<html lang>` too.
 */
export function useLanguage(setting: LanguageSetting): Locale {
  const locale = localeOf(setting);
  setActiveLocale(locale);
  useLayoutEffect(() => setActiveLocale(locale, document), [locale]);
  return locale;
}
