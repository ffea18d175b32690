// Star ('*') columns turned into fixed widths that share the text column. pdfmake widens a star
// column to its longest word, so one long unbroken word (a URL, say) would push the columns after
// it off the page; a fixed column instead breaks such a word across lines.
import type { Content } from 'pdfmake/interfaces';

// Cell padding of the report's table layouts (pdfmake's lightHorizontalLines and noBorders).
const PADDING: Record<string, number> = { lightHorizontalLines: 16, noBorders: 8 };

interface TableNode {
  table: { widths?: (number | string)[] };
  layout?: unknown;
}

const isTable = (node: unknown): node is TableNode =>
  typeof node === 'object' && node !== null && 'table' in node && Array.isArray((node as TableNode).table.widths);

function fixWidths(node: TableNode, width: number): TableNode {
  const widths = node.table.widths!;
  const stars = widths.filter((w) => w === '*').length;
  if (stars === 0) return node;
  const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0);
  const padding = (PADDING[typeof node.layout === 'string' ? node.layout : ''] ?? 8) * (widths.length - 1);
  const star = Math.max(40, Math.floor((width - fixed - padding) / stars) - 1);
  return { ...node, table: { ...node.table, widths: widths.map((w) => (w === '*' ? star : w)) } };
}

/** `width` is the text column's; tables inside stacks are found too (tables in cells are not). */
export function fixStarColumns(content: readonly Content[], width: number): Content[] {
  const visit = (node: Content): Content => {
    if (isTable(node)) return fixWidths(node, width) as Content;
    if (typeof node === 'object' && node !== null && 'stack' in node && Array.isArray(node.stack)) return { ...node, stack: node.stack.map(visit) } as Content;
    return node;
  };
  return content.map(visit);
}
