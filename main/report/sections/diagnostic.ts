// The diagnostic's charts and sub-score table.
import type { Content } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../shared/report/model';
import { heading, num, paragraph, table } from './blocks';

/** `width` is the text column's width; charts (drawn at 900 px) are scaled to it. */
export function diagnostic(model: ReportModel, width: number): Content[] {
  const d = model.diagnostic;
  if (d.counted === 0) {
    return [heading('Diagnostic'), paragraph(`No participant completed at least 16 of the 20 statements (${d.participants} started).`)];
  }
  return [
    heading('Diagnostic'),
    paragraph(`${d.counted} of ${d.participants} participants counted. Scores on the 20–100 scale, levels after the four-level framework (see Method).`),
    { svg: d.charts.ladder, width, margin: [0, 4, 0, 12] },
    heading('Sub-scores', 2),
    { svg: d.charts.subscores, width, margin: [0, 4, 0, 8] },
    table(
      ['Area (statements)', 'Sales', 'Marketing', 'Other'],
      d.subscores.map((r) => [`${r.group} (${r.statements})`, num(r.sales, 2), num(r.marketing, 2), num(r.other, 2)]),
      ['*', 60, 70, 60],
    ),
    heading('Statement by statement, largest gap first', 2),
    { svg: d.charts.statements, width, margin: [0, 4, 0, 8] },
  ];
}
