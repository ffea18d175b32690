// The executive summary: headline, levels against the target, top gaps, themes and actions.
import type { Content } from 'pdfmake/interfaces';
import { formatGap } from '../../../shared/diagnostic/formatGap';
import type { ReportModel } from '../../../shared/report/model';
import { heading, num, paragraph, table } from './blocks';

export function summary(model: ReportModel): Content[] {
  const s = model.summary;
  return [
    heading('Executive summary'),
    { text: s.headline, style: 'lead' },
    ...(s.warning ? [paragraph(`Note: ${s.warning}`, 'warning')] : []),
    table(
      ['', 'Score (20–100)', 'Level'],
      [
        ...s.levels.map((l) => [`${l.label}${l.n !== undefined ? ` (${l.n} counted)` : ''}`, num(l.mean, 1), l.level ?? '—']),
        [{ text: 'Target', bold: true }, '', { text: `${s.target.level} (${s.target.chosen ? 'chosen by the facilitator' : 'suggested'})`, bold: true }],
      ],
      ['*', 90, 160],
    ),
    heading('The three largest perception gaps', 2),
    s.topGaps.length === 0
      ? paragraph('No statement differs by 1.00 or more between the teams.')
      : { ol: s.topGaps.map((g) => `${g.short}: sales ${g.sales.toFixed(2)}, marketing ${g.marketing.toFixed(2)} (gap ${formatGap(g.gap)})`), margin: [0, 0, 0, 8] },
    heading('Top themes from the room', 2),
    s.topThemes.length === 0
      ? paragraph('No votes were cast on the boards.')
      : { ol: s.topThemes.map((t) => `${t.label} (${t.votes} vote${t.votes === 1 ? '' : 's'}, ${t.activityTitle})`), margin: [0, 0, 0, 8] },
    heading('Top actions', 2),
    s.topActions.length === 0
      ? paragraph('No actions were agreed.')
      : {
          ol: s.topActions.map((a) => `${a.title} (${a.priority} priority${a.owner ? `, ${a.owner}` : ''}${a.due ? `, due ${a.due}` : ''})`),
          margin: [0, 0, 0, 8],
        },
    { text: '', pageBreak: 'after' },
  ];
}
