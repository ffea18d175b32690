// The diagnostic's bar charts: the mean answer by statement (in statement or gap order) and the
// sub-scores by group of statements, sales beside marketing.
import type { DiagnosticResult } from '../diagnostic/model';
import { GAP_THRESHOLD } from '../diagnostic/score';
import { STATEMENTS, STATEMENT_GROUPS } from '../diagnostic/statements';
import { pairedBarsSvg, type BarRow } from './pairedBars';
import type { ChartOptions } from './theme';

export type StatementOrder = 'statement' | 'gap';

export function statementBarsSvg(result: DiagnosticResult, options: ChartOptions & { order?: StatementOrder } = {}): string {
  const ordered = [...result.statements];
  if (options.order === 'gap') {
    const size = (gap: number | null) => (gap === null ? -1 : Math.abs(gap));
    ordered.sort((a, b) => size(b.gap) - size(a.gap) || a.statement - b.statement);
  }
  const rows: BarRow[] = ordered.map((s) => ({
    key: `s${s.statement}`,
    number: s.statement,
    label: STATEMENTS[s.statement - 1]!.short,
    sales: s.teams.sales?.mean ?? null,
    marketing: s.teams.marketing?.mean ?? null,
    gap: s.gapFlagged && s.gap !== null ? s.gap : undefined,
  }));
  const threshold = GAP_THRESHOLD.toFixed(2);
  return pairedBarsSvg(
    {
      title: 'Mean answer by statement',
      descIntro: `Mean answer per statement on a scale from 1 (strongly disagree) to 5 (strongly agree), sales and marketing${options.order === 'gap' ? ', largest gap first' : ''}. Gaps are marketing minus sales, marked when ${threshold} or more.`,
      rows,
      decimals: 2,
      gaps: true,
      notes: ['1 = strongly disagree, 5 = strongly agree', `gap = marketing − sales, marked at ${threshold} or more`],
    },
    options,
  );
}

/** Reads only the sub-scores, so the room screen can draw it from what it is allowed to see. */
export function subscoresSvg(result: Pick<DiagnosticResult, 'subscores'>, options: ChartOptions = {}): string {
  const rows: BarRow[] = STATEMENT_GROUPS.map((group) => ({
    key: group.id,
    label: group.name,
    sublabel: `Statements ${group.statements.join(', ')}`,
    sales: result.subscores.sales?.[group.id] ?? null,
    marketing: result.subscores.marketing?.[group.id] ?? null,
  }));
  return pairedBarsSvg(
    {
      title: 'Sub-scores by theme',
      descIntro: 'Mean answer per theme on a scale from 1 (strongly disagree) to 5 (strongly agree), sales and marketing.',
      rows,
      decimals: 2,
      gaps: false,
      notes: ['1 = strongly disagree, 5 = strongly agree'],
    },
    options,
  );
}
