// The executive summary, always exactly one page: the takeaway, the level ladder, the counts, the
// largest gaps, top themes and top actions, and what needs the sponsor. Every text that could be
// long is shortened to a fixed number of lines (with "…"); the full text is further on.
import type { Content } from 'pdfmake/interfaces';
import { formatGap } from '../../../shared/diagnostic/formatGap';
import { fitText } from '../../../shared/charts/textMeasure';
import type { ReportModel } from '../../../shared/report/model';
import { actionList, targetSentence } from '../../../shared/report/summaryFacts';
import { ALERT, heading, MUTED, num } from './blocks';

const LIST_SIZE = 9;
const COLUMN_GAP = 18;
/** The ladder is drawn 900 wide; at this width its labels stay above 7 pt. */
const LADDER_WIDTH = 430;

function subheading(text: string): Content {
  return { text, bold: true, fontSize: 11, margin: [0, 8, 0, 3] };
}

/** A numbered list whose items are each shortened to two lines of the column. */
function shortList(items: { mark: string; text: string; alert?: boolean }[], width: number, empty: string): Content {
  if (items.length === 0) return { text: empty, fontSize: LIST_SIZE, color: MUTED };
  return {
    table: {
      widths: [16, '*'],
      body: items.map((item) => [
        { text: item.mark, bold: true, fontSize: LIST_SIZE, alignment: 'right' },
        { text: fitText(item.text, width - 16 - 10, LIST_SIZE, 2), fontSize: LIST_SIZE, color: item.alert ? ALERT : undefined },
      ]),
    },
    layout: 'noBorders',
  };
}

function countCell(figure: string, caption: string, alert = false): Content {
  return {
    stack: [
      { text: figure, fontSize: 16, bold: true, color: alert ? ALERT : undefined },
      { text: caption, fontSize: 8, color: MUTED },
    ],
  };
}

function counts(model: ReportModel, width: number): Content {
  const c = model.summary.counts;
  const priorities = `${c.byPriority.high} high, ${c.byPriority.medium} medium, ${c.byPriority.low} low`;
  // Participants, notes, themes, actions, overdue, re-run date: the action count has the most to say.
  const widths = [0.15, 0.12, 0.12, 0.22, 0.13].map((share) => Math.floor(share * width) - 8);
  return {
    table: {
      widths: [...widths, '*'],
      body: [
        [
          countCell(String(c.participants), fitText(`participants, ${c.counted} counted`, widths[0]!, 8, 2)),
          countCell(String(c.notes), 'notes'),
          countCell(String(c.themes), 'themes'),
          countCell(String(c.actions), fitText(`actions: ${priorities}`, widths[3]!, 8, 2)),
          countCell(String(c.overdue), 'overdue', c.overdue > 0),
          { stack: [{ text: model.nextSteps.reassessOn, fontSize: 13, bold: true, margin: [0, 2, 0, 1] }, { text: 're-run the diagnostic by', fontSize: 8, color: MUTED }] },
        ],
      ],
    },
    layout: 'noBorders',
    margin: [0, 4, 0, 2],
  };
}

function scoresLine(model: ReportModel): string {
  return model.summary.levels
    .map((l) => `${l.label} ${num(l.mean, 1)}${l.level ? ` ${l.level}` : ''}${l.n !== undefined ? ` (${l.n} counted)` : ''}`)
    .join('   ·   ');
}

function attention(model: ReportModel, width: number): Content {
  const a = model.summary.attention;
  const lines = [
    ...(a.noOwner.length ? [{ mark: '!', text: `Nobody owns ${actionList(a.noOwner)}.`, alert: true }] : []),
    ...(a.noDue.length ? [{ mark: '!', text: `No due date on ${actionList(a.noDue)}.`, alert: true }] : []),
    ...(a.overdue.length ? [{ mark: '!', text: `Overdue: ${actionList(a.overdue)}.`, alert: true }] : []),
  ];
  return shortList(lines, width, model.actions.length ? 'Every open action has an owner and a due date, and none is overdue.' : 'No actions were agreed yet: agree them with both heads.');
}

export function summary(model: ReportModel, width: number): Content[] {
  const s = model.summary;
  const half = (width - COLUMN_GAP) / 2;
  const topActions = s.topActions.map((a) => ({
    mark: String(a.number),
    text: `${a.title} (${a.priority}${a.owner ? `, ${a.owner}` : ''}${a.due ? `, due ${a.due}` : ''}${a.pastDue ? ', OVERDUE' : ''})`,
    alert: a.pastDue,
  }));
  return [
    heading('Executive summary'),
    { text: fitText(s.takeaway, width, 12, 3), style: 'lead' },
    ...(s.warning ? [{ text: fitText(`Note: ${s.warning}`, width, 10.5, 2), style: 'warning' } as Content] : []),
    model.diagnostic.counted > 0
      ? { svg: model.diagnostic.charts.ladder, width: LADDER_WIDTH, alignment: 'center', margin: [0, 0, 0, 2] }
      : { text: 'No participant has completed the diagnostic yet.', color: MUTED },
    { text: fitText(scoresLine(model), width, 9.5, 2), fontSize: 9.5, alignment: 'center', margin: [0, 0, 0, 4] },
    {
      text: fitText(`Target: ${targetSentence(s.target)}. ${s.target.rationale.join(' ')}`, width, 9.5, 2),
      fontSize: 9.5,
      margin: [0, 0, 0, 4],
    },
    counts(model, width),
    {
      columns: [
        {
          width: half,
          stack: [
            subheading('The three largest perception gaps'),
            shortList(
              s.topGaps.map((g, i) => ({ mark: String(i + 1), text: `Statement ${g.statement}, ${g.short}: sales ${g.sales.toFixed(2)}, marketing ${g.marketing.toFixed(2)} (gap ${formatGap(g.gap)})` })),
              half,
              'No statement differs by 1.00 or more between the teams.',
            ),
            subheading('Top themes from the room'),
            shortList(
              s.topThemes.map((t, i) => ({ mark: String(i + 1), text: `${t.label} (${t.votes} vote${t.votes === 1 ? '' : 's'}, ${t.activityTitle})` })),
              half,
              'No votes were cast on the boards.',
            ),
          ],
        },
        {
          width: half,
          stack: [
            subheading('Top actions (numbered as in the action plan)'),
            shortList(topActions, half, 'No actions were agreed.'),
            subheading('Needs the sponsor'),
            attention(model, half),
          ],
        },
      ],
      columnGap: COLUMN_GAP,
    },
    { text: '', pageBreak: 'after' },
  ];
}
