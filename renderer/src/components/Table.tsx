// One table for every screen that lists rows (the action plan, the report, diagnostic results,
// CSV previews, presenter lists): a caption for screen readers, a header cell per column, and
// the rows; optionally widths per column and a sideways scroller of its own.
import type { ReactNode } from 'react';

export interface TableColumn {
  /** The header; a string, or markup such as a visually hidden label. */
  label: ReactNode;
  /** A class for the column's <col>, to give it a width. */
  className?: string;
}

interface TableProps {
  /** What the table holds, read by screen readers (not shown). */
  caption: string;
  columns: (string | TableColumn)[];
  /** The rows: <tr> elements. */
  children: ReactNode;
  className?: string;
  compact?: boolean;
  /** Wraps the table in a box that scrolls sideways when the table is wider than the screen. */
  scroll?: boolean;
}

export function Table({ caption, columns, children, className, compact = false, scroll = false }: TableProps) {
  const cols = columns.map((c) => (typeof c === 'string' ? { label: c } : c));
  const table = (
    <table className={['table', compact ? 'table--compact' : '', className ?? ''].filter(Boolean).join(' ')}>
      <caption className="visually-hidden">{caption}</caption>
      {cols.some((c) => c.className) && (
        <colgroup>
          {cols.map((c, i) => (
            <col key={i} className={c.className} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr>
          {cols.map((c, i) => (
            <th key={i} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return scroll ? <div className="table-scroller">{table}</div> : table;
}
