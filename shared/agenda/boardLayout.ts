// How each kind of activity lays out its board's areas: perceptions in two rows (about sales,
// about marketing), the friction map by family of tension, every other board as columns side by
// side. Shared by the facilitator's board and the presenter, so both group the areas alike.
import type { Area } from '../board/schema';
import type { ActivityKind } from './kinds';

export type BoardLayout = 'perceptions' | 'friction' | 'columns';

export interface BoardRow {
  /** A stable key for the row ("sales", "economic", "all"). */
  key: string;
  /** The row's heading; null for a board of plain columns. */
  title: string | null;
  /** Indexes into the board's areas, in board order. */
  areas: number[];
}

export function boardLayoutOf(kind: ActivityKind): BoardLayout {
  return kind === 'perceptions' ? 'perceptions' : kind === 'friction' ? 'friction' : 'columns';
}

const ROW_TITLES: Record<string, string> = {
  sales: 'About sales',
  marketing: 'About marketing',
  economic: 'Economic tensions',
  cultural: 'Cultural tensions',
};

/**
 * The rows of a board in the layout of its kind. Perceptions areas are grouped by the team they
 * are about (an area the facilitator added without a subject joins the last row); friction areas
 * by family (an added area without one counts as cultural, the wider family). Empty rows are left
 * out, and every area appears exactly once.
 */
export function boardRows(kind: ActivityKind, areas: readonly Area[]): BoardRow[] {
  const layout = boardLayoutOf(kind);
  if (layout === 'columns') return [{ key: 'all', title: null, areas: areas.map((_, i) => i) }];
  const keys = layout === 'perceptions' ? (['sales', 'marketing'] as const) : (['economic', 'cultural'] as const);
  const groupOf = (area: Area): string => (layout === 'perceptions' ? (area.subject ?? keys[1]) : (area.family ?? keys[1]));
  return keys
    .map((key) => ({ key, title: ROW_TITLES[key]!, areas: areas.flatMap((a, i) => (groupOf(a) === key ? [i] : [])) }))
    .filter((row) => row.areas.length > 0);
}
