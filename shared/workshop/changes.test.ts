import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActivity, insertActivity, moveActivity, removeActivity, updateActivity, updateBoard } from '../agenda/edits';
import { addNote, castVote, deleteNotes, groupNotes, moveNotes, reorderNote, setVoteBudget, updateNote } from '../board/edits';
import { NOTES_PER_WORKSHOP_MAX, type Board } from '../board/schema';
import { reportTestWorkshop } from '../report/testing';
import { applyWorkshopChanges, diffWorkshop, workshopChangesSchema, type WorkshopChanges, type WorkshopChangesInput } from './changes';
import { workshopDocumentSchema, type WorkshopDocument } from './schema';

const base = reportTestWorkshop({ extraNotes: Array.from({ length: 12 }, (_, i) => `Extra note ${i}`) });

/** What main receives: the changes after a trip through JSON and the IPC schema. */
function received(changes: WorkshopChangesInput): WorkshopChanges {
  return workshopChangesSchema.parse(JSON.parse(JSON.stringify(changes)));
}

function saved(before: WorkshopDocument, next: WorkshopDocument): WorkshopDocument {
  const result = applyWorkshopChanges(before, received(diffWorkshop(before, next)));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

type Edit = (doc: WorkshopDocument) => WorkshopDocument;
const boardIds = (doc: WorkshopDocument) => doc.agenda.filter((a) => a.board).map((a) => a.id);
/** Applies `change` to the board of the `which`-th activity that has one. */
function onBoard(which: number, change: (board: Board) => Board): Edit {
  return (doc) => {
    const ids = boardIds(doc);
    return ids.length ? { ...doc, agenda: updateBoard(doc.agenda, ids[which % ids.length]!, change) } : doc;
  };
}
const noteAt = (board: Board, i: number) => board.notes[i % Math.max(1, board.notes.length)];

let fresh = 0;
const newId = () => `new${++fresh}`;

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 30 })).map(([b, n, text]) =>
    onBoard(b, (board) => (noteAt(board, n) && text.trim() ? updateNote(board, noteAt(board, n)!.id, { text }) : board)),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('sales', 'marketing', 'joint', 'leadership' as const)).map(([b, a, team]) =>
    onBoard(b, (board) => addNote(board, { id: newId(), areaId: board.areas[a % board.areas.length]!.id, text: `Added ${fresh}`, team })),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([b, n]) => onBoard(b, (board) => (noteAt(board, n) ? deleteNotes(board, [noteAt(board, n)!.id]) : board))),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()).map(([b, n, a, before]) =>
    onBoard(b, (board) => (noteAt(board, n) ? moveNotes(board, [noteAt(board, n)!.id], board.areas[a % board.areas.length]!.id, noteAt(board, before)?.id) : board)),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(-1 as const, 1 as const)).map(([b, n, d]) => onBoard(b, (board) => (noteAt(board, n) ? reorderNote(board, noteAt(board, n)!.id, d) : board))),
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([b, n, m]) =>
    onBoard(b, (board) => (noteAt(board, n) && noteAt(board, m) ? groupNotes(board, [noteAt(board, n)!.id, noteAt(board, m)!.id], { id: newId(), name: 'A theme' }) : board)),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([b, n]) => onBoard(b, (board) => (noteAt(board, n) ? castVote(board, { id: 'voter', label: '' }, noteAt(board, n)!.id) : board))),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 })).map(([b, budget]) => onBoard(b, (board) => setVoteBudget(board, budget))),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 600 })).map(([i, title, minutes]): Edit => (doc) => {
    const activity = doc.agenda[i % doc.agenda.length];
    return activity && title.trim() ? { ...doc, agenda: updateActivity(doc.agenda, activity.id, { title, minutes }) } : doc;
  }),
  fc.constantFrom('friction', 'messaging', 'handoff', 'perceptions' as const).map((kind): Edit => (doc) => ({ ...doc, agenda: insertActivity(doc.agenda, createActivity(kind, newId), doc.agenda[0]?.id) })),
  fc.nat().map((i): Edit => (doc) => (doc.agenda.length > 1 ? { ...doc, agenda: removeActivity(doc.agenda, doc.agenda[i % doc.agenda.length]!.id) } : doc)),
  fc.tuple(fc.nat(), fc.nat()).map(([i, to]): Edit => (doc) => (doc.agenda.length ? { ...doc, agenda: moveActivity(doc.agenda, doc.agenda[i % doc.agenda.length]!.id, to % doc.agenda.length) } : doc)),
  fc.string({ maxLength: 40 }).map((client): Edit => (doc) => ({ ...doc, client })),
  fc.boolean().map((anonymous): Edit => (doc) => ({ ...doc, settings: { ...doc.settings, anonymous } })),
  fc.nat().map((i): Edit => (doc) => ({ ...doc, runtime: { ...doc.runtime, currentActivityId: doc.agenda[i % doc.agenda.length]?.id ?? null } })),
);

describe('saving changes instead of the whole workshop', () => {
  it('rebuilds exactly the edited workshop from the stored one, for any run of edits and saves', () => {
    fc.assert(
      fc.property(fc.array(fc.array(edit, { maxLength: 5 }), { minLength: 1, maxLength: 6 }), (saves) => {
        // The renderer's copy and main's stored copy start equal and must stay equal save after save.
        let open = base;
        let stored = workshopDocumentSchema.parse(JSON.parse(JSON.stringify(base)));
        for (const edits of saves) {
          const next = edits.reduce((doc, e) => e(doc), open);
          stored = saved(stored, next);
          open = next;
          expect(stored).toEqual(workshopDocumentSchema.parse(JSON.parse(JSON.stringify(open))));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sends one note when one note was typed in, and nothing else', () => {
    const board = base.agenda[0]!.board!;
    const next = { ...base, agenda: updateBoard(base.agenda, base.agenda[0]!.id, (b) => updateNote(b, board.notes[1]!.id, { text: 'Typed' })) };
    const changes = diffWorkshop(base, next);
    expect(changes.fields).toBeUndefined();
    expect(changes.agenda!.map((c) => c.change)).toEqual(['edit', 'keep', 'keep']);
    expect(changes.agenda![0]).toEqual({ change: 'edit', id: base.agenda[0]!.id, board: { notes: { upsert: [{ ...board.notes[1], text: 'Typed' }], remove: [] } } });
  });

  it('sends nothing when nothing changed, and the whole board when note ids repeat', () => {
    expect(diffWorkshop(base, { ...base })).toEqual({});
    const doubled = { ...base, agenda: updateBoard(base.agenda, base.agenda[0]!.id, (b) => ({ ...b, notes: [...b.notes, b.notes[0]!] })) };
    expect(diffWorkshop(base, doubled).agenda![0]).toMatchObject({ change: 'replace' });
    expect(saved(base, doubled)).toEqual(workshopDocumentSchema.parse(doubled));
  });

  it('keeps stored fields a change does not name', () => {
    const changes = received({ fields: { client: 'Contoso' } });
    expect(changes.fields).toEqual({ client: 'Contoso' });
    const result = applyWorkshopChanges(base, changes);
    expect(result.ok && result.value).toEqual({ ...base, client: 'Contoso' });
  });

  it('refuses changes that do not fit the stored version, naming what does not match', () => {
    const result = applyWorkshopChanges(base, received({ agenda: [{ change: 'keep', id: 'gone' }] }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'The changes do not fit the saved workshop (activity gone is missing).' } });
    const order = applyWorkshopChanges(base, received({ agenda: [{ change: 'edit', id: base.agenda[0]!.id, board: { notes: { upsert: [], remove: [], order: ['n1'] } } }, ...base.agenda.slice(1).map((a) => ({ change: 'keep' as const, id: a.id }))] }));
    expect(order).toMatchObject({ ok: false, error: { message: 'The note order does not list every note of the board once.' } });
  });

  it('refuses invalid parts with the field that is wrong, and a workshop over the note limit', () => {
    const bad = workshopChangesSchema.safeParse({ agenda: [{ change: 'edit', id: base.agenda[0]!.id, board: { notes: { upsert: [{ id: 'x', areaId: 'a', text: ' ', team: 'sales' }], remove: [] } } }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]).toMatchObject({ message: 'A note needs some text', path: ['agenda', 0, 'board', 'notes', 'upsert', 0, 'text'] });
    expect(workshopChangesSchema.safeParse({ fields: { id: 'other-workshop' } }).success).toBe(false);
    const areaId = base.agenda[0]!.board!.areas[0]!.id;
    const many = Array.from({ length: NOTES_PER_WORKSHOP_MAX }, (_, i) => ({ id: `many${i}`, areaId, text: 'Note', team: 'sales' as const }));
    const over = applyWorkshopChanges(base, received({ agenda: [{ change: 'edit', id: base.agenda[0]!.id, board: { notes: { upsert: many, remove: [] } } }, ...base.agenda.slice(1).map((a) => ({ change: 'keep' as const, id: a.id }))] }));
    expect(over).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining(`at most ${NOTES_PER_WORKSHOP_MAX} notes`) } });
  });

  it('refuses a field sent as undefined, which would erase the stored value', () => {
    // Electron's IPC keeps keys whose value is undefined; JSON would drop them.
    expect(workshopChangesSchema.safeParse({ fields: { title: undefined } }).success).toBe(false);
    expect(workshopChangesSchema.safeParse({ agenda: [{ change: 'edit', id: base.agenda[0]!.id, fields: { prompt: undefined } }] }).success).toBe(false);
  });
});
