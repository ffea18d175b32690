// The diagnostic's charts and sub-score table.
import type { Content } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../shared/report/model';
import { itemKey } from '../../../shared/report/reportItems';
import { heading, keyed, num, paragraph, table } from './blocks';
import { roleSplit } from './roleSplit';

/** Room kept on a chart's page for the heading above it. */
export const HEADING_ROOM = 64;

/**
 * `frame` is the text column; charts (drawn at 900 px) are scaled to its width, or further down
 * so that a tall one (statement by statement) fits on a page under its heading.
 */
export function diagnostic(model: ReportModel, frame: { width: number; height: number }): Content[] {
  const chart = (name: keyof ReportModel['diagnostic']['charts'], margin: [number, number, number, number]): Content =>
    keyed(itemKey.chart(name), { svg: model.diagnostic.charts[name], fit: [frame.width, frame.height - HEADING_ROOM], margin });
  const d = model.diagnostic;
  if (d.counted === 0) {
    return [heading('Diagnostic'), paragraph(`No participant completed at least 16 of the 20 statements (${d.participants} started).`)];
  }
  return [
    heading('Diagnostic'),
    paragraph(`${d.counted} of ${d.participants} participants counted. Scores on the 20–100 scale, levels after the four-level framework (see Method).`),
    chart('ladder', [0, 4, 0, 12]),
    heading('Sub-scores', 2),
    chart('subscores', [0, 4, 0, 8]),
    table(
      ['Area (statements)', 'Sales', 'Marketing', 'Other'],
      d.subscores.map((r) => [`${r.group} (${r.statements})`, num(r.sales, 2), num(r.marketing, 2), num(r.other, 2)]),
      ['*', 60, 70, 60],
    ),
    ...roleSplit(model),
    heading('Statement by statement, largest gap first', 2),
    chart('statements', [0, 4, 0, 8]),
  ];
}
