// Turns rows of cells into CSV text that spreadsheets open safely and parseCsv reads back unchanged.
import type { CsvDelimiter } from './parseCsv';

export type CsvCell = string | number;

export interface WriteCsvOptions {
  delimiter?: CsvDelimiter;
  /** Prefix text cells that a spreadsheet would run as a formula; on unless turned off. */
  neutralise?: boolean;
  /** Start with a byte order mark, which Excel needs to read the file as UTF-8. */
  bom?: boolean;
}

/*
 * Spreadsheets run a cell starting with = + - or @ as a formula (and tab or carriage return can hide
 * such a start), so a participant named `=HYPERLINK("http://x")` could send data off or run commands
 * when a facilitator opens the export (CSV injection). A leading apostrophe makes the cell plain text.
 * Apostrophes already in front of such a start get one more, so `restoreNeutralised` is an exact inverse.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseFormula`, so what was exported is imported as it was. */
export function restoreNeutralised(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/*
 * Either delimiter is quoted, whichever is in use, so only the real one appears outside quotes and
 * the reader's detection cannot be misled. A leading byte order mark is quoted so the reader does not
 * strip it as the file's own.
 */
const NEEDS_QUOTES = /[",;\r\n]|^\uFEFF/;

function encodeCell(cell: CsvCell, neutralise: boolean): string {
  // Numbers are never neutralised: -1.5 must stay a number the spreadsheet can add up.
  if (typeof cell === 'number') return String(cell);
  const text = neutralise ? neutraliseFormula(cell) : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function encodeRow(row: readonly CsvCell[], delimiter: CsvDelimiter, neutralise: boolean): string {
  const cells = row.map((cell) => encodeCell(cell, neutralise));
  // A lone blank cell would look like a blank line, which the reader skips.
  if (cells.length === 1 && cells[0]!.trim() === '') return `"${cells[0]}"`;
  return cells.join(delimiter);
}

/** CRLF after every row, as RFC 4180 and Excel expect. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: WriteCsvOptions = {}): string {
  const { delimiter = ',', neutralise = true, bom = false } = options;
  const body = rows.map((row) => `${encodeRow(row, delimiter, neutralise)}\r\n`).join('');
  return bom ? `\uFEFF${body}` : body;
}
