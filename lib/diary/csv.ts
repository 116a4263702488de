/**
 * CSV as RFC 4180 writes it (CRLF lines; a field with a comma, quote or line break quoted,
 * quotes doubled), with every field a spreadsheet would run as a formula neutralised by a
 * leading apostrophe, as OWASP's CSV-injection guidance says: fields starting with =, +, -,
 * @, a tab or a carriage return, or their full-width forms.
 */

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
