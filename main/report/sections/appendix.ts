// The appendix: every note by activity, and each participant's score.
import type { Content } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../shared/report/model';
import { heading, paragraph, table } from './blocks';

export function appendix(model: ReportModel): Content[] {
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
