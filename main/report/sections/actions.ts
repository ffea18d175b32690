// The action plan table.
import type { Content } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../shared/report/model';
import { heading, MUTED, paragraph, table } from './blocks';

export function actions(model: ReportModel): Content[] {
  return [
    heading('Action plan'),
    model.actions.length === 0
      ? paragraph('No actions were agreed.')
      : table(
          ['#', 'Action', 'Owner', 'Team', 'Due', 'Success metric', 'Priority'],
          model.actions.map((a) => [
            String(a.number),
            { stack: [{ text: a.title, bold: true }, ...(a.description ? [{ text: a.description, fontSize: 8.5 }] : []), ...(a.source ? [{ text: `From ${a.source}`, fontSize: 8, color: MUTED }] : [])] },
            a.owner || '—',
            a.team,
            a.due ? `${a.due}${a.pastDue ? ' (passed)' : ''}` : '—',
            a.metric || '—',
            a.priority,
          ]),
          [16, '*', 62, 50, 56, 90, 44],
        ),
  ];
}
