// Every size limit answers with a message naming the limit, and a refused change leaves what is
// stored exactly as it was: the workshop file byte for byte, and no backup taken.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActivity } from '../../shared/agenda/edits';
import { NOTE_TEXT_MAX, NOTES_PER_WORKSHOP_MAX, type Note } from '../../shared/board/schema';
import { MAX_IMPORT_BYTES, parseWorkshopFile, workshopFileContent } from '../../shared/files/workshopFile';
import type { WorkshopDocument } from '../../shared/workshop/schema';
import { openConfStore } from '../storage/confStore';
import { fixedClock } from '../testing/fixedClock';
import { tempDataDir } from '../testing/tempDir';
import { createServices } from './createServices';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';

function setUp() {
  const dataDir = tempDataDir();
  const services = createServices({ dataDir, openStore: openConfStore, clock: fixedClock(), log: () => undefined });
  const dispatch = createDispatch(createHandlers(services), () => undefined);
  const created = services.workshops.create({ title: 'Limits', client: '', date: '', facilitator: '' });
  if (!created.ok) throw new Error(created.error.message);
  const doc = created.value;
  const file = path.join(dataDir, 'workshops', `${doc.id}.json`);
  /** Everything stored in the data folder, to compare before and after. */
  const snapshot = () =>
    (fs.readdirSync(dataDir, { recursive: true }) as string[]).sort().map((name) => {
      const full = path.join(dataDir, name);
      return fs.statSync(full).isFile() ? `${name}:${fs.readFileSync(full, 'base64')}` : name;
    });
  return { dataDir, dispatch, doc, file, snapshot };
}

let noteCount = 0;
function notes(areaId: string, count: number, text = 'A thought'): Note[] {
  return Array.from({ length: count }, () => ({
    id: `note-${++noteCount}`,
    areaId,
    text,
    team: 'sales',
    author: '',
    tally: 0,
    themeId: null,
    hidden: false,
    writer: null,
  }));
}

/** The workshop with boards holding `perBoard[i]` notes each. */
function withBoards(doc: WorkshopDocument, perBoard: number[], text?: string): WorkshopDocument {
  let n = 0;
  const agenda = perBoard.map((count) => {
    const activity = createActivity('free-board', () => `board-item-${++n}`);
    return { ...activity, board: { ...activity.board!, notes: notes(activity.board!.areas[0]!.id, count, text) } };
  });
  return { ...doc, agenda };
}

describe('limits', () => {
  it(`refuses a note over ${NOTE_TEXT_MAX} characters, naming the limit, and changes nothing stored`, async () => {
    const { dispatch, doc, snapshot } = setUp();
    const before = snapshot();
    const result = await dispatch('saveWorkshop', { workshop: withBoards(doc, [1], 'x'.repeat(NOTE_TEXT_MAX + 1)), expectedUpdatedAt: doc.updatedAt });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('A note can hold at most 2000 characters') } });
    expect(snapshot()).toEqual(before);
  });

  it(`accepts a note of exactly ${NOTE_TEXT_MAX} characters`, async () => {
    const { dispatch, doc } = setUp();
    const result = await dispatch('saveWorkshop', { workshop: withBoards(doc, [1], 'x'.repeat(NOTE_TEXT_MAX)), expectedUpdatedAt: doc.updatedAt });
    expect(result.ok).toBe(true);
  });

  it(`refuses more than ${NOTES_PER_WORKSHOP_MAX} notes in a workshop, naming the limit and the count, and changes nothing stored`, async () => {
    const { dispatch, doc, snapshot } = setUp();
    const before = snapshot();
    const result = await dispatch('saveWorkshop', { workshop: withBoards(doc, [2500, 2501]), expectedUpdatedAt: doc.updatedAt });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('A workshop holds at most 5000 notes; this one has 5001') } });
    expect(snapshot()).toEqual(before);
  });

  it(`refuses a workshop file over ${MAX_IMPORT_BYTES / 1024 / 1024} MB, naming the limit, and stores nothing`, async () => {
    const { dispatch, snapshot } = setUp();
    const before = snapshot();
    const content = `{"kind":"workshop","padding":"${' '.repeat(MAX_IMPORT_BYTES)}"}`;
    const result = await dispatch('importWorkshop', { fileName: 'huge.baton.json', content });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('Workshop files can be at most 20 MB') } });
    expect(parseWorkshopFile(content, 'huge.baton.json')).toMatchObject({ ok: false, error: { message: 'huge.baton.json is larger than 20 MB.' } });
    expect(snapshot()).toEqual(before);
  });

  it('refuses an imported file whose notes break a limit, naming the field, and stores nothing', async () => {
    const { dispatch, doc, snapshot } = setUp();
    const before = snapshot();
    const content = workshopFileContent(withBoards(doc, [1], 'y'.repeat(NOTE_TEXT_MAX + 1)));
    const result = await dispatch('importWorkshop', { fileName: 'long-note.baton.json', content });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('agenda.0.board.notes.0.text: A note can hold at most 2000 characters') } });
    expect(snapshot()).toEqual(before);
  });
});
