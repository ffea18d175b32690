// The building blocks every report section is written in: headings, paragraphs, tables and the
// report's colours, so the sections look alike and a change of style is made once.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { estimateTextWidth } from '../../../shared/charts/textMeasure';
import { CONTINUED_AS } from '../pdf/continuation';
import { PLACE_KEY } from '../pdf/placeKey';

export const ACCENT = '#1f4fd1';
export const MUTED = '#55524b';
/** Overdue, and what needs the sponsor; dark enough to read in grey print. */
export const ALERT = '#b3261e';

export const num = (n: number | null, digits: number) => (n === null ? '—' : n.toFixed(digits));

export function heading(text: string, level: 1 | 2 = 1): Content {
  return level === 1
    ? { text, style: 'h1', headlineLevel: 1, tocItem: false }
    : { text, style: 'h2', headlineLevel: 2 };
}

export function paragraph(text: string, style?: string): Content {
  return style ? { text, style } : { text, margin: [0, 0, 0, 6] };
}

function withProperty(name: string, value: string, node: unknown): unknown {
  if (typeof node === 'string' || typeof node === 'number') return { text: String(node), [name]: value };
  if (Array.isArray(node)) return { stack: node, [name]: value };
  return { ...(node as object), [name]: value };
}
const withKey = (key: string, node: unknown) => withProperty(PLACE_KEY, key, node);

/** A cell whose page, if it starts the page, says in its running header that it continues `label`. */
export const withContinuation = (label: string, cell: TableCell): TableCell => withProperty(CONTINUED_AS, label, cell) as TableCell;

/**
 * Marks content as showing one item of the report model (a key from shared/report/reportItems),
 * so the completeness check after layout can name it if it did not reach a page.
 */
export const keyed = (key: string, node: Content): Content => withKey(key, node) as Content;
export const keyedCell = (key: string, cell: TableCell): TableCell => withKey(key, cell) as TableCell;

// A table this small stays on one page; a larger one, or one holding long texts, may break
// between and inside rows (pdfmake drops a row that must stay whole but is taller than a page).
const KEEP_TOGETHER_ROWS = 8;
const KEEP_TOGETHER_CHARACTERS = 1_500;

function characters(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + characters(item), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((sum: number, item) => sum + characters(item), 0);
  return 0;
}

/** `keys`, one per row, mark each row as showing that item of the model (see `keyed`). */
export function table(header: string[], rows: TableCell[][], widths: (number | string)[], keys?: string[]): Content {
  const body = keys ? rows.map((row, i) => row.map((cell) => keyedCell(keys[i]!, cell))) : rows;
  const node: Content = {
    table: { headerRows: 1, widths, body: [header.map((h) => ({ text: h, style: 'th' })), ...body] },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12],
  };
  const small = rows.length <= KEEP_TOGETHER_ROWS && characters(rows) <= KEEP_TOGETHER_CHARACTERS;
  return small ? { stack: [node], unbreakable: true } : node;
}

/** Table cell padding pdfmake's lightHorizontalLines layout adds on each side of a column. */
const CELL_PADDING = 8;

/**
 * A column width in which no word of `texts` has to be broken (pdfmake breaks a word that does not
 * fit its column mid-word: "Marketin/g"), within `min` and `max`.
 */
export function wordSafeWidth(texts: readonly string[], size: number, { min, max }: { min: number; max: number }): number {
  let widest = 0;
  for (const text of texts) for (const word of text.split(/\s+/)) widest = Math.max(widest, estimateTextWidth(word, size));
  return Math.min(max, Math.max(min, Math.ceil(widest + CELL_PADDING)));
}
