import { languageTag, type Locale } from './locale';

const STYLES = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  month: { month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

type DateStyle = keyof typeof STYLES;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Dates as a reader of the locale writes them (2025年5月3日 21:00, May 3, 2025, 9:00 PM); formatters built once. */
export function formatDate(date: Date, style: DateStyle, locale: Locale): string {
  const key = `${locale} ${style}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(languageTag(locale), STYLES[style])));
  return format.format(date);
}

function numberFormat(locale: Locale, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale} ${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(languageTag(locale), { maximumFractionDigits: fractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

/** A count with the locale's digit grouping: 20,000. */
export function formatCount(count: number, locale: Locale): string {
  return numberFormat(locale, 0).format(count);
}

/** A mean with one decimal at most: 6, 6.5. */
export function formatOneDecimal(value: number, locale: Locale): string {
  return numberFormat(locale, 1).format(value);
}
