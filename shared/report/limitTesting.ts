// Workshops at the schema's limits, for report tests and the by-hand check of many random ones:
// long texts in every field (2,000-character notes and descriptions, 200-character titles), many
// notes (up to 5,000, and thousands in one theme), 40 participants, low scores against an
// Integrated target (so every recommendation fires). Every text people typed starts and ends with
// a tag (`N0042a … N0042z`), so a test reading the PDF back can tell a whole text from a cut one.
import { createActivity } from '../agenda/edits';
import type { ActivityInput } from '../agenda/schema';
import type { ActivityKind } from '../agenda/kinds';
import { NOTE_TEAMS, NOTE_TEXT_MAX } from '../board/schema';
import type { Answer } from '../diagnostic/model';
import { seededRandom } from '../testing/seededRandom';
import { TITLE_MAX, workshopDocumentSchema, type WorkshopDocument } from '../workshop/schema';

export interface LimitOptions {
  seed: number;
  /** Notes spread over the boards, not counting `themedNotes`. */
  notes: number;
  noteLength: number;
  /** Notes grouped in one theme of the friction board. */
  themedNotes: number;
  participants: number;
  actions: number;
  descriptionLength: number;
  /** Scores of 1 and 2 with the target Integrated: every recommendation fires. */
  lowScores: boolean;
  /** Texts in each field as long as the schema allows (titles, names, handoff, commitments). */
  longFields: boolean;
  anonymous: boolean;
}

const LIMIT_DEFAULTS: LimitOptions = {
  seed: 1,
  notes: 40,
  noteLength: NOTE_TEXT_MAX,
  themedNotes: 0,
  participants: 40,
  actions: 25,
  descriptionLength: 2000,
  lowScores: true,
  longFields: true,
  anonymous: false,
};

// Ordinary words, the long ones that used to break mid-word in narrow columns, and text with
// punctuation and diacritics the embedded font draws.
const WORDS = [
  'the', 'lead', 'pipeline', 'Consideration', 'Marketing-qualified', 'handoff', 'forecast', 'budget', 'zażółć',
  'Größe', 'quarter', 'campaign', 'account', 'collateral', 'follow-up', 'review', 'customers', '“quoted”', 'and', 'to',
  'of', 'sales', 'marketing', 'a', 'we', 'need', 'clearer', 'rules', 'Awareness', 'interest,', 'intent;', 'purchase.',
];

/** `tag`a, words up to `length` characters, `tag`z; sometimes one unbroken 60-character token. */
function taggedText(tag: string, length: number, random: () => number): string {
  const start = `${tag}a`;
  const end = `${tag}z`;
  const room = length - start.length - end.length - 2;
  let middle = '';
  while (middle.length < room) {
    const word = random() < 0.01 ? 'x'.repeat(60) : WORDS[Math.floor(random() * WORDS.length)]!;
    middle += `${middle ? ' ' : ''}${word}`;
  }
  middle = middle.slice(0, Math.max(0, room)).trim();
  return middle ? `${start} ${middle} ${end}` : `${start} ${end}`;
}

const pad = (n: number) => String(n).padStart(4, '0');

function answers(random: () => number, low: boolean): Answer[] {
  return Array.from({ length: 20 }, () => (low ? 1 + Math.floor(random() * 2) : 1 + Math.floor(random() * 5)) as Answer);
}

export function limitWorkshop(partial: Partial<LimitOptions> = {}): WorkshopDocument {
  const o = { ...LIMIT_DEFAULTS, ...partial };
  const random = seededRandom(o.seed);
  let n = 0;
  const newId = () => `l${String(++n).padStart(7, '0')}`;
  const text = (tag: string, max: number, ordinary = 40) => taggedText(tag, o.longFields ? max : Math.min(max, ordinary), random);

  const boardKinds: ActivityKind[] = ['friction', 'perceptions', 'messaging', 'free-board'];
  const boards = boardKinds.map((kind, k) => {
    const activity = createActivity(kind, newId);
    return { ...activity, title: text(`B${k}`, 120, 30) };
  });
  const notes = Array.from({ length: o.notes }, (_, i) => {
    const board = boards[i % boards.length]!.board!;
    const area = board.areas[Math.floor(random() * board.areas.length)]!;
    return {
      boardIndex: i % boards.length,
      note: {
        id: `n${pad(i)}`,
        areaId: area.id,
        text: taggedText(`N${pad(i)}`, Math.max(12, Math.round(o.noteLength * (0.5 + random() / 2))), random),
        team: NOTE_TEAMS[i % NOTE_TEAMS.length]!,
        author: o.longFields ? text(`W${pad(i)}`, 80) : `Author ${i}`,
        tally: random() < 0.3 ? Math.floor(random() * 999) : 0,
      },
    };
  });
  const agenda: ActivityInput[] = boards.map((activity, k) => {
    const board = activity.board!;
    const own = notes.filter((entry) => entry.boardIndex === k).map((entry) => entry.note);
    const themes = board.areas.slice(0, 2).map((area, t) => ({ id: `t${k}${t}`, areaId: area.id, name: text(`T${k}${t}`, 120, 30) }));
    const grouped = own.map((note, i) => {
      const theme = i % 3 === 0 ? themes.find((t) => t.areaId === note.areaId) : undefined;
      return theme ? { ...note, themeId: theme.id } : note;
    });
    const themed =
      k === 0
        ? Array.from({ length: o.themedNotes }, (_, i) => ({
            id: `h${pad(i)}`,
            areaId: themes[0]!.areaId,
            text: taggedText(`H${pad(i)}`, 60, random),
            team: NOTE_TEAMS[i % NOTE_TEAMS.length]!,
            themeId: themes[0]!.id,
            tally: i === 0 ? 5 : 0,
          }))
        : [];
    const allNotes = [...grouped, ...themed];
    const usedThemes = themes.filter((t) => allNotes.some((note) => 'themeId' in note && note.themeId === t.id));
    return { ...activity, board: { ...board, notes: allNotes, themes: usedThemes } };
  });
  const handoff = createActivity('handoff', newId);
  const stages = handoff.handoff!.stages.map((s, i) => ({ ...s, marketing: text(`SM${i}`, 1000), sales: text(`SS${i}`, 1000), owner: 'both' as const }));
  agenda.push({
    ...handoff,
    title: text('HO', 120, 30),
    handoff: {
      stages,
      mqlDefinition: text('MQL', 1000),
      sqlDefinition: text('SQL', 1000),
      followUpHours: 24,
      followUpNotes: text('FUN', 1000),
      returnedLeads: text('RET', 1000),
    },
  });

  const participants = Array.from({ length: o.participants }, (_, i) => ({
    id: `p${pad(i)}`,
    name: o.longFields ? text(`P${pad(i)}`, 120) : `Participant P${pad(i)}`,
    team: (['sales', 'marketing', 'other'] as const)[i % 3]!,
    // Heads and staff in every team, so the limit reports print the heads and staff split too.
    role: i % 4 === 0 ? ('head' as const) : ('staff' as const),
    answers: answers(random, o.lowScores),
  }));
  const actions = Array.from({ length: o.actions }, (_, i) => ({
    id: `a${pad(i)}`,
    title: text(`A${pad(i)}`, 200, 50),
    description: taggedText(`D${pad(i)}`, o.descriptionLength, random),
    owner: text(`O${pad(i)}`, 120, 20),
    team: (['sales', 'marketing', 'joint'] as const)[i % 3]!,
    due: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    metric: text(`M${pad(i)}`, 500, 30),
    priority: (['high', 'medium', 'low'] as const)[i % 3]!,
    status: (['open', 'in-progress', 'done'] as const)[i % 3]!,
  }));

  return workshopDocumentSchema.parse({
    schemaVersion: 1,
    id: `limit-${String(o.seed).padStart(8, '0')}`,
    title: text('TITLE', TITLE_MAX, 30),
    client: text('CLIENT', 200, 20),
    date: '2026-10-14',
    facilitator: text('FAC', 120, 20),
    createdAt: '2026-10-14T08:00:00.000Z',
    updatedAt: '2026-10-14T17:00:00.000Z',
    settings: { anonymous: o.anonymous },
    agenda,
    diagnostic: { participants, advisor: {}, targetLevel: o.lowScores ? 'Integrated' : null },
    actions,
    commitments: {
      sales: { head: text('HS', 120), statement: text('CS', 1000) },
      marketing: { head: text('HM', 120), statement: text('CM', 1000) },
    },
  });
}
