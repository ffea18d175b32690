// Workshop files written straight into a data directory, for tests that need a big or specific one.
import fs from 'node:fs';
import path from 'node:path';
import { createActivity } from '../../../shared/agenda/edits';
import { buildExampleWorkshop } from '../../fixtures/exampleWorkshop';
import { NOTE_TEAMS } from '../../../shared/board/schema';
import { workshopDocumentSchema, type WorkshopDocument } from '../../../shared/workshop/schema';

let counter = 0;
const newId = () => `seed-${String(++counter).padStart(8, '0')}`;

/** A one-board workshop titled "Board with N notes"; pass another id to seed more than one. */
export function seedBoardWorkshop(dataDir: string, noteCount: number, id = 'big-board-0001'): WorkshopDocument {
  const board = createActivity('free-board', newId);
  const areas = ['Ideas', 'Worries', 'Wins', 'Questions'].map((title) => ({ id: newId(), title, hint: '' }));
  const notes = Array.from({ length: noteCount }, (_, i) => ({
    id: `note-${i}`,
    areaId: areas[i % areas.length]!.id,
    text: `Note ${i}: ${'a thought from the room '.repeat(1 + (i % 3))}`.trim(),
    team: NOTE_TEAMS[i % NOTE_TEAMS.length]!,
    author: '',
    tally: 0,
    themeId: null,
    hidden: false,
    writer: null,
  }));
  const doc = workshopDocumentSchema.parse({
    schemaVersion: 1,
    id,
    title: `Board with ${noteCount} notes`,
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
    agenda: [{ ...board, board: { ...board.board!, areas, notes } }],
    runtime: { currentActivityId: board.id, timers: {} },
  });
  return writeWorkshop(dataDir, doc);
}

/**
 * The example workshop for presenter tests: names hidden, private facilitator notes on every
 * activity, a hidden note on the friction map, timers not started, the friction map showing.
 */
export function seedPresenterWorkshop(dataDir: string, id = 'presenter-room-0001'): WorkshopDocument {
  const example = buildExampleWorkshop();
  const agenda = example.agenda.map((a) => {
    const notes = `FACILITATOR-ONLY notes for ${a.title}`;
    if (a.kind !== 'friction' || !a.board) return { ...a, notes };
    const hidden = { id: 'hidden-note-1', areaId: a.board.areas[0]!.id, text: 'HIDDEN-NOTE-TEXT', team: 'sales' as const, author: '', tally: 0, themeId: null, hidden: true, writer: 'w-1' };
    return { ...a, notes, board: { ...a.board, notes: [...a.board.notes, hidden] } };
  });
  const friction = agenda.find((a) => a.kind === 'friction')!;
  const doc = workshopDocumentSchema.parse({
    ...example,
    id,
    title: 'Presenter test',
    settings: { ...example.settings, anonymous: true },
    agenda,
    runtime: { currentActivityId: friction.id, timers: {} },
  });
  return writeWorkshop(dataDir, doc);
}

/**
 * A workshop for a room of phones: the diagnostic (current) and a friction map in private
 * writing with a vote budget of 3. Returns the document as written.
 */
export function seedRoomWorkshop(dataDir: string, id = 'room-workshop-0001'): WorkshopDocument {
  const diagnostic = createActivity('diagnostic', newId);
  const friction = createActivity('friction', newId);
  const doc = workshopDocumentSchema.parse({
    schemaVersion: 1,
    id,
    title: 'Room day',
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
    agenda: [diagnostic, { ...friction, board: { ...friction.board!, privateMode: true, voteBudget: 3 } }],
    runtime: { currentActivityId: diagnostic.id, timers: {} },
  });
  return writeWorkshop(dataDir, doc);
}

/** The workshop as stored now (autosave writes it atomically, so a read never sees half a file). */
export function readStoredWorkshop(dataDir: string, id: string): WorkshopDocument {
  return JSON.parse(fs.readFileSync(path.join(dataDir, 'workshops', `${id}.json`), 'utf8')) as WorkshopDocument;
}

export function writeWorkshop(dataDir: string, doc: WorkshopDocument): WorkshopDocument {
  fs.mkdirSync(path.join(dataDir, 'workshops'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'workshops', `${doc.id}.json`), JSON.stringify(doc));
  return doc;
}

/** One unbroken run of `length` characters (no space to wrap at), starting with `start`. */
export function unbroken(start: string, length: number): string {
  return (start + 'X'.repeat(length)).slice(0, length);
}

/**
 * The example workshop with every text a facilitator types at its schema limit and without a
 * space to wrap at: 200-character action titles, 2,000-character descriptions, long names in
 * other scripts, long handoff cells, theme names and participant names.
 */
export function seedLongTextWorkshop(dataDir: string, id = 'long-texts-0001'): WorkshopDocument {
  const example = buildExampleWorkshop();
  const scripts = ['行動計画を四半期ごとに見直す', 'تحديد_المسؤول_عن_كل_مرحلة', 'Vertriebsmarketingabstimmungsrunde', 'Согласованиеопределенийлидов'];
  const actions = example.actions.map((a, i) => ({
    ...a,
    title: unbroken(scripts[i % scripts.length]!, 200),
    description: unbroken('Description', 2000),
    owner: unbroken(scripts[(i + 1) % scripts.length]!, 120),
    metric: unbroken('Metric', 500),
  }));
  const agenda = example.agenda.map((activity) => {
    const handoff = activity.handoff && {
      ...activity.handoff,
      stages: activity.handoff.stages.map((s) => ({ ...s, name: unbroken(s.name, 60), marketing: unbroken('Marketing', 1000), sales: unbroken('Sales', 1000) })),
      mqlDefinition: unbroken('MQL', 1000),
      sqlDefinition: unbroken('SQL', 1000),
    };
    const board = activity.board && {
      ...activity.board,
      themes: activity.board.themes.map((t) => ({ ...t, name: unbroken(t.name, 120) })),
    };
    return { ...activity, handoff, board };
  });
  const participants = example.diagnostic.participants.map((p, i) => ({ ...p, name: unbroken(scripts[i % scripts.length]!, 120) }));
  const doc = workshopDocumentSchema.parse({
    ...example,
    id,
    title: unbroken('Longtitle', 200),
    client: unbroken('Client', 200),
    agenda,
    actions,
    diagnostic: { ...example.diagnostic, participants },
  });
  return writeWorkshop(dataDir, doc);
}
