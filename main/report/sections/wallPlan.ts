// The wall plan: one landscape page to post on the wall. The actions on a timeline from the workshop
// to the last due date, one line per owner, the marker's shape giving the status; beneath, a key
// from action number to (shortened) title. The full actions are in the action plan.
import type { Content } from 'pdfmake/interfaces';
import { MARKER_KIND_LABELS, markerKind } from '../../../shared/charts/statusMarker';
import { fitText } from '../../../shared/charts/textMeasure';
import type { ActionRow, ReportModel } from '../../../shared/report/model';
import { actionList } from '../../../shared/report/summaryFacts';
import { heading, MUTED, paragraph } from './blocks';
import { statusIcon } from './statusIcon';

const KEY_SIZE = 8.5;
const KEY_LINE = 15;
const KEY_COLUMNS = 2;
const KEY_GAP = 14;
/** Rows of the key: all of up to 20 actions; beyond, fewer rows leave the chart room and the last line points to the action plan. */
const keyRows = (actions: number) => (actions <= 2 * 10 ? 10 : 6);
const ICON = 10;

function keyLine(a: ActionRow, width: number): Content {
  const kind = markerKind({ status: a.statusKey, overdue: a.pastDue });
  const label = fitText(`${a.number}  ${a.title}${a.owner ? ` (${a.owner})` : ''}`, width - ICON - 4, KEY_SIZE);
  return {
    columns: [
      statusIcon(kind, ICON, { margin: [0, 1, 0, 0], width: ICON }),
      { text: label, fontSize: KEY_SIZE, width: '*', color: kind === 'overdue' ? '#b3261e' : undefined },
    ],
    columnGap: 4,
    margin: [0, 0, 0, 2],
  };
}

export function wallPlan(model: ReportModel, box: { width: number; height: number }): Content[] {
  if (model.actions.length === 0) return [];
  const columnWidth = (box.width - (KEY_COLUMNS - 1) * KEY_GAP) / KEY_COLUMNS;
  const capacity = KEY_COLUMNS * keyRows(model.actions.length);
  const shown = model.actions.length > capacity ? model.actions.slice(0, capacity - 1) : model.actions;
  const rest = model.actions.length - shown.length;
  const rows = Math.ceil((shown.length + (rest ? 1 : 0)) / KEY_COLUMNS);
  const keyItems: Content[] = [...shown.map((a) => keyLine(a, columnWidth)), ...(rest ? [{ text: `… and ${rest} more: see the action plan`, fontSize: KEY_SIZE, italics: true }] : [])];
  const columns = Array.from({ length: KEY_COLUMNS }, (_, c) => ({ stack: keyItems.slice(c * rows, (c + 1) * rows), width: columnWidth }));
  const undated = model.wallPlan.undated;
  // The heading (46), the intro (30), the key, the undated line and the margins (30) take this much
  // of the page, generously; the chart is scaled into the rest.
  const chartHeight = box.height - 46 - 30 - rows * KEY_LINE - (undated.length ? 16 : 0) - 30;
  const legend = (['open', 'progress', 'done', 'overdue'] as const).map((k) => MARKER_KIND_LABELS[k].toLowerCase()).join(', ');
  return [
    { text: '', pageBreak: 'before', pageOrientation: 'landscape' },
    heading('Wall plan'),
    paragraph(
      `Every dated action at its due date, one line per owner, from the workshop to the last due date. The marker’s shape shows the status (${legend}); the diagnostic is re-run on ${model.nextSteps.reassessOn}.`,
      'small',
    ),
    { svg: model.wallPlan.chart, fit: [box.width, chartHeight], alignment: 'center', margin: [0, 2, 0, 6] },
    { columns, columnGap: KEY_GAP },
    ...(undated.length ? [{ text: `Not on the timeline, no due date yet: ${actionList(undated)}.`, fontSize: KEY_SIZE, color: MUTED, margin: [0, 4, 0, 0] } as Content] : []),
    { text: '', pageBreak: 'before', pageOrientation: 'portrait' },
  ];
}
