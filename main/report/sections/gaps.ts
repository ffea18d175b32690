// Perception gaps between the teams and splits inside a team.
import type { Content } from 'pdfmake/interfaces';
import { formatGap } from '../../../shared/diagnostic/formatGap';
import type { ReportModel } from '../../../shared/report/model';
import { itemKey } from '../../../shared/report/reportItems';
import { heading, paragraph, table } from './blocks';

export function gaps(model: ReportModel): Content[] {
  const d = model.diagnostic;
  return [
    heading('Perception gaps and team splits'),
    model.gaps.length === 0
      ? paragraph('No statement differs by 1.00 or more between the teams.')
      : table(
          ['#', 'Statement', 'Sales', 'Marketing', 'Gap'],
          model.gaps.map((g) => [String(g.statement), g.text, g.sales.toFixed(2), g.marketing.toFixed(2), formatGap(g.gap)]),
          [18, '*', 42, 56, 42],
          model.gaps.map(itemKey.gap),
        ),
    heading('Where a team is split', 2),
    d.splits.length === 0
      ? paragraph('No team is split on any statement (a spread of 1.2 or more among three or more answers).')
      : table(
          ['Team', 'Statement', 'Spread (sd)'],
          d.splits.map((s) => [s.team, `${s.statement}. ${s.short}`, s.sd.toFixed(2)]),
          [80, '*', 70],
          d.splits.map((_, i) => itemKey.split(i)),
        ),
    ...(d.notCounted.length ? [paragraph(`Not counted (fewer than 16 answers): ${d.notCounted.join(', ')}.`, 'small')] : []),
    ...(d.prorated.length ? [paragraph(`Prorated to 20 statements: ${d.prorated.join(', ')}.`, 'small')] : []),
  ];
}
