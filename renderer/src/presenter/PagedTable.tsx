// A table on the room screen, as large as fits, split into pages of the rows that fit at the
// smallest readable size: a hidden copy of the whole table is measured, and the caller pages
// through with the arrow keys.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useFitText } from './useFitText';

const sameStarts = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export interface PagedColumn {
  label: string;
  /** As narrow as its content, never wrapped: numbers, dates, short labels. */
  tight?: boolean;
}

export interface PagedTableProps {
  label: string;
  columns: PagedColumn[];
  rows: ReactNode[];
  page: number;
  onPages(count: number): void;
  className?: string;
}

export function PagedTable({ label, columns, rows, page, onPages, className = '' }: PagedTableProps) {
  const head = (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c.label} scope="col" className={c.tight ? 'ptable__tight' : undefined}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
  const frame = useRef<HTMLDivElement>(null);
  const [starts, setStarts] = useState<number[]>([0]);
  // Larger text while the whole table fits; at the smallest readable size it is split into pages.
  // (Declared first: its layout effect sets the size the rows are then measured at.)
  useFitText(frame, rows);

  useLayoutEffect(() => {
    const el = frame.current;
    if (!el) return;
    const paginate = () => {
      const measure = el.querySelector<HTMLTableElement>('[data-measure] table');
      if (!measure) return;
      const available = el.clientHeight - (measure.tHead?.offsetHeight ?? 0);
      const next = [0];
      let used = 0;
      [...measure.tBodies[0]!.rows].forEach((row, index) => {
        const height = row.getBoundingClientRect().height;
        if (used > 0 && used + height > available) {
          next.push(index);
          used = 0;
        }
        used += height;
      });
      setStarts((prev) => (sameStarts(prev, next) ? prev : next));
    };
    paginate();
    const observer = new ResizeObserver(paginate);
    observer.observe(el);
    return () => observer.disconnect();
  }, [rows]);

  useEffect(() => onPages(starts.length), [starts.length, onPages]);
  const current = Math.min(page, starts.length - 1);
  const shown = rows.slice(starts[current], starts[current + 1] ?? rows.length);
  return (
    <div ref={frame} className="ptable-frame">
      <table className={`ptable ${className}`} aria-label={starts.length > 1 ? `${label}, part ${current + 1} of ${starts.length}` : label}>
        {head}
        <tbody>{shown}</tbody>
      </table>
      <div className="pmeasure" data-measure aria-hidden="true">
        <table className={`ptable ${className}`}>
          {head}
          <tbody>{rows}</tbody>
        </table>
      </div>
    </div>
  );
}
