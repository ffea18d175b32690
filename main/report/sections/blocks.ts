// The building blocks every report section is written in: headings, paragraphs, tables and the
// report's colours, so the sections look alike and a change of style is made once.
import type { Content, TableCell } from 'pdfmake/interfaces';

export const ACCENT = '#1f4fd1';
export const MUTED = '#55524b';

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
