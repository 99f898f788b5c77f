/** CSV for spreadsheets (RFC 4180), safe to open in Excel. */

export type CsvCell = string | number | boolean | null | undefined;

/** Excel reads UTF-8 only with this byte order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * One field: quoted when it contains the delimiter, a quote or a line break (quotes doubled). Text
 * starting with = + - @ or a tab/CR would run as a formula in a spreadsheet, so it gets a leading
 * apostrophe (OWASP "CSV injection").
 */
export function csvCell(value: CsvCell, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, ending with one. */
export function toCsv(rows: readonly (readonly CsvCell[])[], delimiter = ','): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter) + '\r\n').join('');
}
