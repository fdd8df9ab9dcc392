/*
 * The one CSV writer for every CSV the product hands out (the register, the packet's delivery logs).
 * RFC 4180 (quotes doubled, CRLF) and safe in a spreadsheet whatever its list separator: Excel and
 * LibreOffice in France, Germany or the Czech Republic split on ";", and honour quotes only at the start
 * of a cell, so a title "Laptop;=1+1;stolen" would hand them the cell "=1+1" even when quoted for ",".
 * The OWASP rule (a cell starting with = + - @ tab or CR gets a leading apostrophe, so it is shown, never
 * evaluated) is therefore applied at the start of the value and after every ";" or line break inside it.
 */

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
/** A ";" or line break, then any quotes, then a formula character: where a ";"-splitting reader starts a cell. */
const FORMULA_AFTER_BREAK = /([;\r\n]"*)([=+\-@\t])/g;
const NEEDS_QUOTES = /[",;\r\n\t]/;

/** Neutralises formulas in text; numbers and booleans are written by the app itself and pass as they are. */
function defused(text: string): string {
  const inner = text.replace(FORMULA_AFTER_BREAK, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? defused(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The list separator: "," for English readers and for machines; ";" for French, Czech and German readers,
 * whose Excel splits on ";" (their decimal separator is the comma) when it opens a file by double click.
 */
export type CsvSeparator = "," | ";";

/** One record, without its line end. */
export function csvLine(values: readonly CsvValue[], separator: CsvSeparator = ","): string {
  return values.map(csvCell).join(separator);
}

/** A whole file: a byte order mark (so Excel reads accents right) and CRLF after every record. */
export function csvDocument(rows: ReadonlyArray<readonly CsvValue[]>, separator: CsvSeparator = ","): string {
  return `\uFEFF${rows.map((row) => csvLine(row, separator)).join("\r\n")}\r\n`;
}
