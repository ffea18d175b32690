// Orphan control without a second layout pass: a heading (any node with a headlineLevel) is joined
// to what follows it, so the two always share a page. Before a table the heading becomes the
// table's first header row (tables already keep their header with the first row, and repeat it
// on the next page); before anything else, the two go into one unbreakable stack. pdfmake's
// pageBreakBefore hook does the same but lays the whole document out twice, doubling render time.
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';

const isHeading = (node: Content): boolean => typeof node === 'object' && node !== null && 'headlineLevel' in node;
const isTable = (node: Content): node is ContentTable => typeof node === 'object' && node !== null && 'table' in node;

function headingRow(heading: Content, columns: number): TableCell[] {
  const cell = { stack: [heading], colSpan: columns, border: [false, false, false, false] } as TableCell;
  return [cell, ...Array.from({ length: columns - 1 }, () => '')];
}

function join(heading: Content, next: Content): Content {
  if (isTable(next)) {
    const columns = next.table.body[0]?.length ?? 1;
    return { ...next, table: { ...next.table, headerRows: (next.table.headerRows ?? 0) + 1, body: [headingRow(heading, columns), ...next.table.body] } };
  }
  return { stack: [heading, next], unbreakable: true };
}

export function keepHeadingsWithNext(content: readonly Content[]): Content[] {
  const result: Content[] = [];
  // From the end, so a heading followed by a heading joins the already joined pair.
  for (let i = content.length - 1; i >= 0; i--) {
    const node = content[i]!;
    result.unshift(isHeading(node) && result.length > 0 ? join(node, result.shift()!) : node);
  }
  return result;
}
