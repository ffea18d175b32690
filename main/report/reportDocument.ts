// The PDF action plan as pdfmake content, built from the report model (the same model the summary
// screen shows). Function-free, so it can be handed to the rendering worker; page size, running
// header and page numbers are added there from the title and paper size.
import type { Content, StyleDictionary, TableCell } from 'pdfmake/interfaces';
import type { StageOwner } from '../../shared/agenda/handoff';
import { formatGap } from '../../shared/diagnostic/formatGap';
import { STEP_LABELS } from '../../shared/diagnostic/playbook';
import type { ReportModel } from '../../shared/report/model';
import { keepHeadingsWithNext } from './pdf/keepWithNext';

const ACCENT = '#1f4fd1';
const MUTED = '#55524b';

const OWNER_LABELS: Record<StageOwner, string> = { marketing: 'Marketing', sales: 'Sales', both: 'Both', '': 'Not agreed' };

const num = (n: number | null, digits: number) => (n === null ? '—' : n.toFixed(digits));

function heading(text: string, level: 1 | 2 = 1): Content {
  return level === 1
    ? { text, style: 'h1', headlineLevel: 1, tocItem: false }
    : { text, style: 'h2', headlineLevel: 2 };
}

function paragraph(text: string, style?: string): Content {
  return style ? { text, style } : { text, margin: [0, 0, 0, 6] };
}

function table(header: string[], rows: TableCell[][], widths: (number | string)[]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths,
      body: [header.map((h) => ({ text: h, style: 'th' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12],
  };
}

function cover(model: ReportModel): Content[] {
  return [
    { text: 'Sales and marketing alignment', style: 'kicker', margin: [0, 140, 0, 8] },
    { text: model.title, style: 'coverTitle' },
    { text: 'Action plan', style: 'coverSubtitle', margin: [0, 6, 0, 40] },
    {
      table: {
        widths: [110, '*'],
        body: [
          ['Client', model.client || '—'],
          ['Workshop date', model.date || '—'],
          ['Facilitator', model.facilitator || '—'],
          ['Report generated', model.generatedOn],
        ].map(([k, v]) => [{ text: k!, color: MUTED }, { text: v!, bold: true }]),
      },
      layout: 'noBorders',
    },
    { text: '', pageBreak: 'after' },
  ];
}

function summary(model: ReportModel): Content[] {
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

function diagnostic(model: ReportModel, width: number): Content[] {
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

function gaps(model: ReportModel): Content[] {
  const d = model.diagnostic;
  return [
    heading('Perception gaps and team splits'),
    model.gaps.length === 0
      ? paragraph('No statement differs by 1.00 or more between the teams.')
      : table(
          ['#', 'Statement', 'Sales', 'Marketing', 'Gap'],
          model.gaps.map((g) => [String(g.statement), g.text, g.sales.toFixed(2), g.marketing.toFixed(2), formatGap(g.gap)]),
          [18, '*', 42, 56, 42],
        ),
    heading('Where a team is split', 2),
    d.splits.length === 0
      ? paragraph('No team is split on any statement (a spread of 1.2 or more among three or more answers).')
      : table(
          ['Team', 'Statement', 'Spread (sd)'],
          d.splits.map((s) => [s.team, `${s.statement}. ${s.short}`, s.sd.toFixed(2)]),
          [80, '*', 70],
        ),
    ...(d.notCounted.length ? [paragraph(`Not counted (fewer than 16 answers): ${d.notCounted.join(', ')}.`, 'small')] : []),
    ...(d.prorated.length ? [paragraph(`Prorated to 20 statements: ${d.prorated.join(', ')}.`, 'small')] : []),
    heading('Recommendations', 2),
    model.recommendations.length === 0
      ? paragraph('Recommendations follow once both teams have diagnostic results.')
      : {
          ol: model.recommendations.map((r) => ({
            stack: [
              { text: `${r.title} (${STEP_LABELS[r.step]})`, bold: true },
              { text: r.detail },
              { text: `Why: ${r.rationale}`, color: MUTED, fontSize: 9 },
            ],
            margin: [0, 0, 0, 4],
          })),
        },
  ];
}

function themes(model: ReportModel): Content[] {
  if (model.boards.length === 0) return [];
  return [
    heading('Themes from each activity'),
    ...model.boards.flatMap((board) => [
      heading(board.activity, 2),
      ...(board.hiddenNotes > 0 ? [paragraph(`${board.hiddenNotes} private note(s) were never revealed and are not included.`, 'small')] : []),
      table(
        ['Area', 'Theme or note', 'Votes'],
        board.areas.flatMap((area) =>
          area.items.map((item, i) => [
            i === 0 ? { text: area.title, bold: true } : '',
            item.kind === 'theme'
              ? { stack: [{ text: `Theme: ${item.label}`, bold: true }, { text: (item.notes ?? []).join(' · '), fontSize: 8.5, color: MUTED }] }
              : `${item.label}${item.team ? ` (${item.team})` : ''}`,
            String(item.votes),
          ]),
        ),
        [100, '*', 36],
      ),
    ]),
  ];
}

function handoffs(model: ReportModel): Content[] {
  return model.handoffs.flatMap((h) => [
    heading(`Relay handoff map: ${h.activity}`),
    table(
      ['Stage', 'Marketing does', 'Sales does', 'Owner', 'Exchange zone'],
      h.stages.map((s) => [
        { text: s.name, bold: true },
        s.marketing || '—',
        s.sales || '—',
        OWNER_LABELS[s.owner],
        s.exchangeZone ? 'Yes' : 'No',
      ]),
      [70, '*', '*', 52, 50],
    ),
    table(
      ['Agreement', ''],
      [
        ['Marketing-qualified lead', h.mqlDefinition || 'Not agreed'],
        ['Sales-qualified lead', h.sqlDefinition || 'Not agreed'],
        ['Follow-up service level', `${h.followUpHours === null ? 'No time agreed' : `First contact within ${h.followUpHours} hours`}${h.followUpNotes ? `. ${h.followUpNotes}` : ''}`],
        ['Leads sales hands back', h.returnedLeads || 'Not agreed'],
      ],
      [150, '*'],
    ),
  ]);
}

function messaging(model: ReportModel): Content[] {
  return model.messaging.flatMap((m) => [
    heading(`Messaging platform: ${m.activity}`),
    table(
      ['Element', 'Message', 'Basis'],
      m.platform.map((p) => [{ text: p.area, bold: true }, p.text || '—', { text: p.basis, color: MUTED }]),
      [110, '*', 110],
    ),
  ]);
}

function actions(model: ReportModel): Content[] {
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

function commitments(model: ReportModel): Content[] {
  return [
    heading('Commitments and sign-off'),
    ...model.commitments.map((c) => ({
      unbreakable: true,
      stack: [
        { text: `Head of ${c.team.toLowerCase()}${c.head ? `: ${c.head}` : ''}`, style: 'h2' },
        paragraph(c.statement ? `“${c.statement}”` : 'No commitment recorded.'),
        { text: '\n\nSigned ____________________________________      Date ________________', margin: [0, 6, 0, 18] },
      ],
    })) as Content[],
  ];
}

function nextSteps(model: ReportModel): Content[] {
  return [heading('Next steps'), { ul: model.nextSteps.items, margin: [0, 0, 0, 8] }];
}

function appendix(model: ReportModel): Content[] {
  const { notes, participants } = model.appendix;
  return [
    { text: '', pageBreak: 'before' },
    heading('Appendix: all notes by activity'),
    notes.length === 0
      ? paragraph('No notes were captured.')
      : table(
          ['Activity', 'Area', 'Note', 'Team', 'Votes'],
          notes.map((n) => [n.activity, n.area, `${n.text}${n.author ? ` (${n.author})` : ''}${n.theme ? ` [${n.theme}]` : ''}`, n.team, String(n.votes)]),
          [80, 70, '*', 56, 30],
        ),
    heading(model.anonymous ? 'Appendix: scores per participant (names hidden)' : 'Appendix: scores per participant'),
    participants.length === 0
      ? paragraph('No participant answered the diagnostic.')
      : table(
          ['Participant', 'Team', 'Answered', 'Total', 'Level'],
          participants.map((p) => [p.label, p.team, `${p.answered}/20`, p.total === null ? 'not counted' : `${p.total}${p.prorated ? ' (prorated)' : ''}`, p.level ?? '—']),
          ['*', 70, 56, 80, 70],
        ),
  ];
}

function method(model: ReportModel): Content[] {
  return [heading('Method and attribution'), ...model.method.paragraphs.map((p) => paragraph(p)), paragraph(model.method.attribution, 'small')];
}

/** `width` is the text column's width; charts (drawn at 900 px) are scaled to it. */
export function reportContent(model: ReportModel, width: number): Content[] {
  return keepHeadingsWithNext([
    ...cover(model),
    ...summary(model),
    ...diagnostic(model, width),
    ...gaps(model),
    ...themes(model),
    ...handoffs(model),
    ...messaging(model),
    ...actions(model),
    ...commitments(model),
    ...nextSteps(model),
    ...appendix(model),
    ...method(model),
  ]);
}

export const reportStyles: StyleDictionary = {
  h1: { fontSize: 16, bold: true, color: ACCENT, margin: [0, 14, 0, 6] },
  h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
  th: { bold: true, fontSize: 9, color: MUTED },
  lead: { fontSize: 12, margin: [0, 0, 0, 10] },
  small: { fontSize: 8.5, color: MUTED, margin: [0, 2, 0, 6] },
  warning: { bold: true, color: '#8a4b00', margin: [0, 0, 0, 8] },
  kicker: { fontSize: 12, color: ACCENT, bold: true },
  coverTitle: { fontSize: 30, bold: true },
  coverSubtitle: { fontSize: 18, color: MUTED },
};
