// Heads against staff per team, in the diagnostic section: each group's mean and level and the
// statements where they differ most. Group figures only, so an anonymous workshop names no head.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatGap, formatSigned } from '../../../shared/diagnostic/formatGap';
import type { ReportModel } from '../../../shared/report/model';
import { itemKey } from '../../../shared/report/reportItems';
import { heading, paragraph, table } from './blocks';

export function roleSplit(model: ReportModel): Content[] {
  const splits = model.diagnostic.roleSplits;
  const withheld = model.diagnostic.roleSplitsWithheld;
  if (splits.length === 0) return withheld ? [heading('Heads and staff', 2), paragraph(withheld)] : [];
  const group = (g: { n: number; mean: number; level: string }) => `${g.mean.toFixed(1)} ${g.level} (${g.n})`;
  const rows: TableCell[][] = splits.map((s) => [
    s.team,
    group(s.heads),
    group(s.staff),
    `${formatSigned(s.difference, 1)}${s.levelsDiffer ? ', a different level' : ''}`,
    s.statements.length === 0
      ? 'none'
      : { stack: s.statements.map((d) => `${d.statement}. ${d.short}: ${d.heads.toFixed(2)} vs ${d.staff.toFixed(2)} (${formatGap(d.difference)})`) },
  ]);
  return [
    heading('Heads and staff', 2),
    paragraph('How each team’s heads see the relationship against their staff, where both answered: mean score and level (counted), staff minus heads, and the statements on which they differ most (heads vs staff).'),
    table(['Team', 'Heads', 'Staff', 'Staff − heads', 'Differ most on'], rows, [58, 78, 78, 62, '*'], splits.map((s) => itemKey.roleSplit(s.team))),
    ...(withheld ? [paragraph(withheld)] : []),
  ];
}
