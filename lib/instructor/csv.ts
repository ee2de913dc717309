/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted
 * when it holds a quote, comma, CR or LF, and quotes inside doubled.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula, so a learner
 * named "=HYPERLINK(...)" could plant one in an instructor's sheet. Such text cells get a
 * leading apostrophe, which spreadsheets show as plain text (OWASP "CSV Injection"). Numbers
 * are written as numbers, so a negative number stays a number.
 */

export type CsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString();
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}
