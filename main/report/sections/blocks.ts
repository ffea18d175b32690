// The building blocks every report section is written in: headings, paragraphs, tables and the
// report's colours, so the sections look alike and a change of style is made once.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { estimateTextWidth } from '../../../shared/charts/textMeasure';

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

export function table(header: string[], rows: TableCell[][], widths: (number | string)[]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths,
      body: [header.map((h) => ({ text: h, style: 'th' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12],
  };
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
