// The blank questionnaire as a pdfmake document: who is answering (name, team, role) and the twenty
// statements with a box per point of the 1–5 scale, big enough to tick with a pen, on two pages.
import type { Content, ContentCanvas, StyleDictionary, TableCell } from 'pdfmake/interfaces';
import { FRAMEWORK_ATTRIBUTION } from '../../shared/diagnostic/levels';
import { DIAGNOSTIC_TEAMS, PARTICIPANT_ROLES, ROLE_LABELS, TEAM_LABELS } from '../../shared/diagnostic/model';
import { ANSWER_SCALE, STATEMENTS, type Statement } from '../../shared/diagnostic/statements';
import { ANSWERS_CSV_COLUMNS } from '../../shared/diagnostic/csvImport';
import type { ReportItem } from '../../shared/report/reportItems';
import { PLACE_KEY } from '../report/pdf/placeKey';
import { ACCENT, MUTED } from '../report/sections/blocks';

export const KIT_TITLE = 'Sales and marketing alignment: questionnaire';

/** About 6 mm: a tick or a cross made with a pen stays inside it. */
export const BOX_SIZE = 17;
/** Content widths; pdfmake's lightHorizontalLines layout adds 8 pt of padding between columns. */
const BOX_COLUMN = 38;
const NUMBER_COLUMN = 14;
const INK = '#222222';

export const kitStyles: StyleDictionary = {
  title: { fontSize: 17, bold: true, color: ACCENT, margin: [0, 0, 0, 6] },
  lead: { fontSize: 10.5, margin: [0, 0, 0, 10] },
  label: { fontSize: 10.5, bold: true },
  th: { fontSize: 7.5, bold: true, color: MUTED, alignment: 'center' },
  small: { fontSize: 8.5, color: MUTED },
};

/** The key a statement's row carries, so the renderer can confirm every statement reached a page. */
export const kitStatementKey = (s: Pick<Statement, 'number'>) => `kit-statement:${s.number}`;

export const kitItems: readonly ReportItem[] = STATEMENTS.map((s) => ({ key: kitStatementKey(s), label: `statement ${s.number}` }));

function box(): ContentCanvas {
  return { canvas: [{ type: 'rect', x: 0, y: 0, w: BOX_SIZE, h: BOX_SIZE, lineWidth: 1.2, lineColor: INK }] };
}

/** A box centred in an answer column (pdfmake does not centre a canvas by itself). */
function answerBox(): Content {
  return { ...box(), margin: [(BOX_COLUMN - BOX_SIZE) / 2, 4, 0, 4] };
}

/** A box with its label beside it, for the team and role choices. */
function choice(label: string): Content {
  return {
    columns: [
      { ...box(), width: BOX_SIZE + 6 },
      { text: label, width: 'auto', margin: [0, 2, 0, 0] },
    ],
    width: 'auto',
    columnGap: 0,
  } as Content;
}

function choiceRow(label: string, options: string[]): Content {
  return {
    columns: [{ text: label, style: 'label', width: 60, margin: [0, 2, 0, 0] }, ...options.map(choice)],
    columnGap: 22,
    margin: [0, 0, 0, 10],
  };
}

function aboutYou(width: number): Content {
  const lineWidth = width - 60 - 10;
  return {
    stack: [
      {
        columns: [
          { text: 'Name', style: 'label', width: 60, margin: [0, 6, 0, 0] },
          {
            stack: [
              { canvas: [{ type: 'line', x1: 0, y1: 20, x2: lineWidth, y2: 20, lineWidth: 0.8, lineColor: INK }] },
              { text: 'optional; leave it blank to answer anonymously', style: 'small', margin: [0, 2, 0, 0] },
            ],
          },
        ],
        columnGap: 10,
        margin: [0, 0, 0, 10],
      },
      choiceRow(
        'Team',
        DIAGNOSTIC_TEAMS.map((t) => (t === 'other' ? 'Other (leadership, guests)' : TEAM_LABELS[t])),
      ),
      choiceRow('Role', PARTICIPANT_ROLES.map((r) => ROLE_LABELS[r])),
    ],
    margin: [0, 0, 0, 6],
  };
}

function statementRow(s: Statement): TableCell[] {
  const key = { [PLACE_KEY]: kitStatementKey(s) };
  return [
    { text: String(s.number), bold: true, margin: [0, 4, 0, 4], ...key },
    { text: s.text, margin: [0, 4, 0, 4], ...key },
    ...ANSWER_SCALE.map((): TableCell => answerBox() as TableCell),
  ];
}

function statementTable(statements: readonly Statement[]): Content {
  const header: TableCell[] = [
    { text: '', style: 'th' },
    { text: 'Statement', style: 'th', alignment: 'left' },
    ...ANSWER_SCALE.map((point): TableCell => ({ text: [{ text: `${point.value}\n`, fontSize: 10 }, point.label], style: 'th' })),
  ];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [NUMBER_COLUMN, '*', ...ANSWER_SCALE.map(() => BOX_COLUMN)],
      body: [header, ...statements.map(statementRow)],
    },
    // A named layout: the job goes to the PDF worker as data, so it cannot carry layout functions.
    layout: 'lightHorizontalLines',
  };
}

export interface KitOptions {
  /** The text column's width. */
  width: number;
}

export function kitContent({ width }: KitOptions): Content[] {
  return [
    { text: KIT_TITLE, style: 'title' },
    {
      text: [
        'Tick one box for each statement, from ',
        { text: '1 strongly disagree', bold: true },
        ' to ',
        { text: '5 strongly agree', bold: true },
        ', for how things are today rather than how they should be. Leave a statement blank if you cannot judge it. There are no right answers.',
      ],
      style: 'lead',
    },
    aboutYou(width),
    // One table, its scale repeated at the top of the second page; a row never splits.
    statementTable(STATEMENTS),
    {
      stack: [
        { text: 'Thank you. Please hand this sheet back to the facilitator.', bold: true, margin: [0, 14, 0, 6] },
        {
          text: `For the facilitator: type each sheet as one row of the CSV template (${ANSWERS_CSV_COLUMNS.slice(0, 4).join(', ')} … ${ANSWERS_CSV_COLUMNS.at(-1)}; team sales, marketing or other; role head or staff, or blank) and import it on the diagnostic screen. Statement numbers are the columns s1–s${STATEMENTS.length}.`,
          style: 'small',
          margin: [0, 0, 0, 6],
        },
        { text: FRAMEWORK_ATTRIBUTION, style: 'small' },
      ],
      unbreakable: true,
    },
  ];
}
