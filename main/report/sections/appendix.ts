// The appendix: every note by activity, in small type, and each participant's score. With many
// notes the facilitator may leave the notes to the notes CSV; the report then says so.
import type { Content } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../shared/report/model';
import { itemKey } from '../../../shared/report/reportItems';
import { heading, paragraph, table } from './blocks';

type Note = ReportModel['appendix']['notes'][number];

function notesByActivity(notes: readonly Note[]): Content[] {
  const groups = new Map<string, { note: Note; index: number }[]>();
  notes.forEach((note, index) => {
    const group = groups.get(note.activity) ?? [];
    group.push({ note, index });
    groups.set(note.activity, group);
  });
  return [...groups].flatMap(([activity, group]) => {
    const voted = group.some(({ note }) => note.votes > 0);
    return [
      heading(activity, 2),
      {
        ...(table(
          ['Area', 'Note', 'Team', ...(voted ? ['Votes'] : [])],
          group.map(({ note: n }) => [
            n.area,
            `${n.text}${n.author ? ` (${n.author})` : ''}${n.theme ? ` [${n.theme}]` : ''}`,
            n.team,
            ...(voted ? [String(n.votes)] : []),
          ]),
          voted ? [80, '*', 50, 30] : [80, '*', 50],
          group.map(({ index }) => itemKey.note(index)),
        ) as object),
        fontSize: 8.5,
      } as Content,
    ];
  });
}

export function appendix(model: ReportModel, { notesInCsv }: { notesInCsv: boolean }): Content[] {
  const { notes, participants } = model.appendix;
  const count = `${notes.length.toLocaleString('en-GB')} note${notes.length === 1 ? '' : 's'}`;
  return [
    { text: '', pageBreak: 'before' },
    heading('Appendix: all notes by activity'),
    ...(notes.length === 0
      ? [paragraph('No notes were captured.')]
      : notesInCsv
        ? [paragraph(`The ${count} of this workshop are not printed here: as chosen at export, they are left to the notes CSV (Export, “Notes (CSV)”), which holds every note with its activity, area, theme, team and votes.`)]
        : [paragraph(`The ${count} of this workshop, by activity.`, 'small'), ...notesByActivity(notes)]),
    heading(model.anonymous ? 'Appendix: scores per participant (names hidden)' : 'Appendix: scores per participant'),
    participants.length === 0
      ? paragraph('No participant answered the diagnostic.')
      : table(
          ['Participant', 'Team', 'Answered', 'Total', 'Level'],
          participants.map((p) => [p.label, p.team, `${p.answered}/20`, p.total === null ? 'not counted' : `${p.total}${p.prorated ? ' (prorated)' : ''}`, p.level ?? '—']),
          ['*', 70, 56, 80, 70],
          participants.map((_, i) => itemKey.participant(i)),
        ),
  ];
}
