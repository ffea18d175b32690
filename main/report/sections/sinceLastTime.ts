// "Since last time": then and now of the diagnostic against the workshop this one follows up, the
// sub-score changes, the gaps closed and opened, the statements that moved most and, over three or
// more linked workshops, the trend chart.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatChange, formatStanding, levelMoveText, type GapRow } from '../../../shared/compare/comparisonRows';
import { formatGap } from '../../../shared/diagnostic/formatGap';
import { TEAM_LABELS } from '../../../shared/diagnostic/model';
import { STATEMENTS } from '../../../shared/diagnostic/statements';
import type { ReportModel } from '../../../shared/report/model';
import { itemKey } from '../../../shared/report/reportItems';
import { HEADING_ROOM } from './diagnostic';
import { heading, keyed, paragraph, table } from './blocks';

/** Points kept under the trend chart for its caption (two small lines). */
const CAPTION_ROOM = 32;

const statementText = (g: GapRow) => STATEMENTS[g.statement - 1]!.text;
const gapCells = (g: GapRow): TableCell[] => [String(g.statement), statementText(g), formatGap(g.earlier), formatGap(g.later), formatGap(g.change)];

export function sinceLastTime(model: ReportModel, frame: { width: number; height: number }): Content[] {
  const since = model.sinceLastTime;
  if (!since) return [];
  const { earlier, gaps } = since;
  const closedAndOpened = [
    ...gaps.closed.map((g) => ({ g, what: 'Closed', key: itemKey.sinceGap('closed', g.statement) })),
    ...gaps.opened.map((g) => ({ g, what: 'Opened', key: itemKey.sinceGap('opened', g.statement) })),
  ];
  const gapColumns = [18, '*', 40, 40, 46];
  return [
    heading('Since last time'),
    paragraph(
      `Compared with “${earlier.title}”${earlier.date ? `, held on ${earlier.date}` : ''}, the workshop this one follows up. Each change is the figure now minus the figure then, as both are shown: means to one decimal, sub-scores and gaps to two.`,
    ),
    table(
      ['', 'Then', 'Now', 'Change', 'Level'],
      since.levels.map((r) => [r.key === 'other' ? `${r.label} (not in overall)` : r.label, formatStanding(r.then), formatStanding(r.now), formatChange(r.change, 1), levelMoveText(r)]),
      [116, 84, 84, 48, '*'],
      since.levels.map(() => itemKey.sinceLevels()),
    ),
    ...(since.subscoreTeams.length > 0
      ? [
          heading('Sub-score changes', 2),
          table(
            ['Area', ...since.subscoreTeams.map((t) => TEAM_LABELS[t])],
            since.subscores.map((r) => [r.name, ...since.subscoreTeams.map((t) => formatChange(r.changes[t] ?? null, 2))]),
            ['*', ...since.subscoreTeams.map(() => 70)],
            since.subscores.map(() => itemKey.sinceSubscores()),
          ),
        ]
      : []),
    heading('Perception gaps closed and opened', 2),
    !since.gapsComparable
      ? paragraph('No statement has a perception gap in both workshops (a gap needs answers from both sales and marketing), so none can be said to have closed or opened.')
      : closedAndOpened.length === 0
        ? paragraph('No gap of 1.00 or more closed, and none opened.')
        : table(
            ['#', 'Statement', 'Then', 'Now', 'Change', ''],
            closedAndOpened.map(({ g, what }) => [...gapCells(g), what]),
            [...gapColumns, 48],
            closedAndOpened.map(({ key }) => key),
          ),
    paragraph('A gap is the marketing mean minus the sales mean on a statement; it is flagged at 1.00 or more either way. Closed: flagged then, not now; opened: the other way round.', 'small'),
    heading('Statements that moved most', 2),
    gaps.movedMost.length === 0
      ? paragraph(since.gapsComparable ? 'No statement’s gap changed.' : 'No statement has a gap in both workshops to compare.')
      : table(
          ['#', 'Statement', 'Then', 'Now', 'Change'],
          gaps.movedMost.map(gapCells),
          gapColumns,
          gaps.movedMost.map((g) => itemKey.sinceGap('moved', g.statement)),
        ),
    ...(since.trend
      ? [
          heading('Over time', 2),
          // Chart and caption stay together (and so with the heading); the chart leaves the caption room.
          {
            stack: [
              keyed(itemKey.chart('trend'), { svg: since.trend.chart, fit: [frame.width, frame.height - HEADING_ROOM - CAPTION_ROOM], margin: [0, 4, 0, 4] }),
              paragraph(`The relationship level over the ${since.trend.workshops} linked workshops, oldest first, with the level bands it moved through.`, 'small'),
            ],
            unbreakable: true,
          },
        ]
      : []),
  ];
}
