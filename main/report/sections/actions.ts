// The action plan: one row per action, numbered as everywhere else in the report. The title and
// description get the width of the page; owner, team, due date, status and priority follow on one
// line beneath, then the success metric. The status marker has the wall plan's shape, and an
// overdue action says so in words too.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { estimateTextWidth } from '../../../shared/charts/textMeasure';
import { markerKind } from '../../../shared/charts/statusMarker';
import { fitLines } from '../../../shared/charts/textMeasure';
import type { ActionRow, ReportModel } from '../../../shared/report/model';
import { itemKey } from '../../../shared/report/reportItems';
import { ALERT, heading, keyedCell, MUTED, paragraph } from './blocks';
import { statusIcon } from './statusIcon';

const SEPARATOR = { text: '   ·   ', color: MUTED };

function field(label: string, value: string | Content[], alert = false): Content[] {
  // A no-break space keeps a label on the line of its value ("Priority High", never "Priority / High").
  return [{ text: `${label}\u00a0`, color: MUTED }, typeof value === 'string' ? { text: value, bold: true, color: alert ? ALERT : undefined } : { text: value }];
}

export function actionStatusText(a: ActionRow): string {
  return a.pastDue ? `${a.status}, OVERDUE` : a.status;
}

function actionRow(a: ActionRow): TableCell[] {
  const kind = markerKind({ status: a.statusKey, overdue: a.pastDue });
  const open = a.statusKey !== 'done';
  const facts = [
    field('Owner', a.owner || 'none yet', open && !a.owner),
    field('Team', a.team),
    field('Due', a.due || 'no date', (open && !a.due) || a.pastDue),
    field('Status', actionStatusText(a), a.pastDue),
    field('Priority', a.priority),
  ];
  return [
    {
      stack: [
        { text: String(a.number), bold: true, fontSize: 13, alignment: 'center' },
        statusIcon(kind, 14, { alignment: 'center', margin: [0, 1, 0, 0] }),
      ],
    },
    {
      stack: [
        { text: a.title, bold: true, fontSize: 11 },
        ...(a.description ? [{ text: a.description, fontSize: 9.5, margin: [0, 1, 0, 0] } as Content] : []),
        { text: facts.flatMap((f, i) => (i === 0 ? f : [SEPARATOR, ...f])), fontSize: 9.5, margin: [0, 3, 0, 0] },
        ...(a.metric ? [{ text: [{ text: 'Success metric ', color: MUTED }, a.metric], fontSize: 9.5 } as Content] : []),
        ...(a.origin ? [{ text: a.origin, fontSize: 8.5, color: MUTED }] : []),
      ],
    },
  ];
}

/** Lines `text` takes at most in `width`: whole words wrapped, and a word too long for a line broken. */
function lineCount(text: string, width: number, size: number): number {
  if (!text) return 0;
  return Math.max(fitLines(text, width, size, Infinity).lines.length, Math.ceil(estimateTextWidth(text, size) / width));
}

/** A generous estimate of a row's height in points. */
function rowHeight(a: ActionRow, width: number): number {
  const facts = `Owner ${a.owner} · Team ${a.team} · Due ${a.due} · Status ${actionStatusText(a)} · Priority ${a.priority}`;
  return (
    16 * lineCount(a.title, width, 11) +
    13.5 * (lineCount(a.description, width, 9.5) + lineCount(facts, width, 9.5) + lineCount(`Success metric ${a.metric}`, width, 9.5)) +
    12 * lineCount(a.origin, width, 8.5) +
    16
  );
}

/** Rows estimated shorter than this are kept whole; a taller row may break across pages rather than vanish. */
const KEEP_ROW_WHOLE_BELOW = 400;

export function actions(model: ReportModel, width: number): Content[] {
  if (model.actions.length === 0) return [heading('Action plan'), paragraph('No actions were agreed.')];
  return [
    // The plan is what the sponsor acts on: it starts a page, so ten actions take two pages, not three part pages.
    { text: '', pageBreak: 'before' },
    heading('Action plan'),
    {
      table: {
        headerRows: 1,
        dontBreakRows: model.actions.every((a) => rowHeight(a, width - 28 - 16) < KEEP_ROW_WHOLE_BELOW),
        widths: [28, '*'],
        body: [
          [
            { text: '#', style: 'th', alignment: 'center' },
            { text: 'Action, then owner, team, due date, status, priority and success metric', style: 'th' },
          ],
          ...model.actions.map((a) => actionRow(a).map((cell) => keyedCell(itemKey.action(a), cell))),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 4, 0, 12],
    },
  ];
}
