// Deterministic synthetic workshops for the benchmarks: seeded, every activity filled, with the
// number of notes asked for, 40 diagnostic participants and 30 actions.
import { newAction } from '../shared/actions/edits';
import { createActivity } from '../shared/agenda/edits';
import { standardAgenda } from '../shared/agenda/standardAgenda';
import { NOTE_TEAMS } from '../shared/board/schema';
import type { Answer, DiagnosticTeam } from '../shared/diagnostic/model';
import { seededRandom } from '../shared/testing/seededRandom';
import { workshopDocumentSchema, type WorkshopDocument } from '../shared/workshop/schema';

const WORDS = 'lead pipeline budget campaign quarter forecast account handoff brand message proof insight customer demo pricing renewal tender segment funnel webinar'.split(' ');

export function syntheticWorkshop(noteCount: number, seed = 42): WorkshopDocument {
  const random = seededRandom(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  let id = 0;
  const newId = () => `b${(++id).toString(36).padStart(7, '0')}`;
  const sentence = () => Array.from({ length: 6 + Math.floor(random() * 14) }, () => pick(WORDS)).join(' ');

  const agenda = standardAgenda(newId);
  const boards = agenda.filter((a) => a.board);
  let remaining = noteCount;
  const filled = agenda.map((activity) => {
    if (!activity.board) return activity;
    const share = activity === boards.at(-1) ? remaining : Math.floor(noteCount / boards.length);
    remaining -= share;
    const areas = activity.board.areas;
    const notes = Array.from({ length: share }, () => ({
      id: newId(),
      areaId: pick(areas).id,
      text: sentence(),
      team: pick(NOTE_TEAMS),
      author: random() < 0.3 ? `Person ${Math.floor(random() * 40)}` : '',
      tally: Math.floor(random() * 3),
      themeId: null as string | null,
      hidden: false,
      writer: null,
    }));
    // A theme for every tenth note, in the note's area.
    const themes = notes
      .filter((_, i) => i % 10 === 0)
      .map((n) => {
        const theme = { id: newId(), areaId: n.areaId, name: `Theme ${sentence().slice(0, 30)}` };
        n.themeId = theme.id;
        return theme;
      });
    const ballots = notes.length ? Array.from({ length: 12 }, (_, v) => ({ id: `voter${v}`, label: '', votes: Array.from({ length: 3 }, () => pick(notes).id) })) : [];
    const handoff = activity.handoff
      ? { ...activity.handoff, stages: activity.handoff.stages.map((s, i) => ({ ...s, marketing: sentence(), sales: sentence(), owner: pick(['marketing', 'sales', 'both'] as const), exchangeZone: i % 3 === 1 })), mqlDefinition: sentence(), sqlDefinition: sentence(), followUpHours: 24 }
      : null;
    return { ...activity, status: 'done' as const, board: { ...activity.board, notes, themes, ballots }, handoff };
  });

  const teams: DiagnosticTeam[] = ['sales', 'marketing', 'other'];
  const participants = Array.from({ length: 40 }, (_, i) => ({
    id: `p${i}`,
    name: `Participant ${i}`,
    team: teams[i % 3]!,
    answers: Array.from({ length: 20 }, () => (random() < 0.05 ? null : ((1 + Math.floor(random() * 5)) as Answer))),
  }));
  const actions = Array.from({ length: 30 }, (_, i) => ({
    ...newAction(`act${i}`, `Action ${i}: ${sentence().slice(0, 80)}`),
    description: sentence(),
    owner: `Owner ${i % 7}`,
    due: `2027-0${1 + (i % 9)}-1${i % 9}`,
    metric: sentence(),
    priority: pick(['high', 'medium', 'low'] as const),
  }));

  return workshopDocumentSchema.parse({
    schemaVersion: 1,
    id: `bench-${String(noteCount).padStart(8, '0')}`,
    title: `Benchmark workshop, ${noteCount} notes`,
    client: 'Synthetic Ltd',
    date: '2026-11-25',
    facilitator: 'Bench',
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
    agenda: [...filled, createActivity('free-board', newId)],
    diagnostic: { participants, advisor: { salesCycle: 'long', keyAccounts: 'high' } },
    actions,
    commitments: { sales: { head: 'Head of sales', statement: sentence() }, marketing: { head: 'Head of marketing', statement: sentence() } },
  });
}
