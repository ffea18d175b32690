// What an autosave sends: the changes since the version it builds on, not the whole workshop.
// Typing in one note of a 2,000-note workshop then sends, validates and stores one note instead of
// 700 KB, so autosave stays cheap however big the workshop grows (npm run bench).
//
// Documents are immutable: an edit makes new objects along the path to what it changed and shares
// everything else. So `diffWorkshop` compares by reference: a part that is the same object as in
// the base is unchanged, and anything else is sent whole. Comparing by reference can only send too
// much, never too little. `applyWorkshopChanges` rebuilds the document from the stored base; every
// part sent was validated by `workshopChangesSchema`, and the rules that span the whole document
// are checked again on the result.
import { z } from 'zod';
import { activitySchema, MAX_ACTIVITIES, type Activity } from '../agenda/schema';
import { boardSchema, itemIdSchema, noteSchema, NOTES_PER_WORKSHOP_MAX, type Board, type Note } from '../board/schema';
import { patchSchemaOf } from '../patchSchema';
import { fail, ok, type Result } from '../result';
import { workshopRuleBroken, workshopDocumentSchema, type WorkshopDocument } from './schema';

// Identity and save times are the store's business; the agenda travels activity by activity.
const { schemaVersion: _version, id: _id, createdAt: _created, updatedAt: _updated, agenda: _agenda, ...workshopFields } = workshopDocumentSchema.shape;
// The board travels apart so that one changed note does not resend the others.
const { id: _activityId, board: _board, ...activityFields } = activitySchema.shape;
const { notes: _notes, ...boardFields } = boardSchema.shape;

type WorkshopField = keyof typeof workshopFields;
type ActivityField = keyof typeof activityFields;
type BoardField = keyof typeof boardFields;
const WORKSHOP_FIELDS = Object.keys(workshopFields) as WorkshopField[];
const ACTIVITY_FIELDS = Object.keys(activityFields) as ActivityField[];
const BOARD_FIELDS = Object.keys(boardFields) as BoardField[];

const notesChangesSchema = z
  .object({
    /** Changed and new notes, whole. New ones follow the others unless `order` says otherwise. */
    upsert: z.array(noteSchema).max(NOTES_PER_WORKSHOP_MAX),
    remove: z.array(itemIdSchema).max(NOTES_PER_WORKSHOP_MAX),
    /** Every note id in board order; sent only when the order is not the one described above. */
    order: z.array(itemIdSchema).max(NOTES_PER_WORKSHOP_MAX).optional(),
  })
  .strict();

const activityChangeSchema = z.discriminatedUnion(
  'change',
  [
    z.object({ change: z.literal('keep'), id: itemIdSchema }).strict(),
    z.object({ change: z.literal('replace'), activity: activitySchema }).strict(),
    z
      .object({
        change: z.literal('edit'),
        id: itemIdSchema,
        fields: patchSchemaOf(activityFields).optional(),
        board: z.object({ fields: patchSchemaOf(boardFields).optional(), notes: notesChangesSchema.optional() }).strict().optional(),
      })
      .strict(),
  ],
  { error: 'must say whether the activity is kept, replaced or edited' },
);

export const workshopChangesSchema = z
  .object({
    fields: patchSchemaOf(workshopFields).optional(),
    /** The whole agenda in order, each activity kept, replaced or edited; absent when unchanged. */
    agenda: z.array(activityChangeSchema).max(MAX_ACTIVITIES, `An agenda holds at most ${MAX_ACTIVITIES} activities`).optional(),
  })
  .strict();
export type WorkshopChanges = z.output<typeof workshopChangesSchema>;
export type WorkshopChangesInput = z.input<typeof workshopChangesSchema>;
type ActivityChange = NonNullable<WorkshopChanges['agenda']>[number];
type BoardChanges = NonNullable<Extract<ActivityChange, { change: 'edit' }>['board']>;
type NotesChanges = NonNullable<BoardChanges['notes']>;

/** The named fields whose values are not the same objects in both, or undefined when none. */
function changedFields<T, K extends keyof T>(base: T, next: T, names: readonly K[]): Pick<T, K> | undefined {
  let changed: Partial<Pick<T, K>> | undefined;
  for (const name of names) {
    if (base[name] !== next[name]) (changed ??= {} as Partial<Pick<T, K>>)[name] = next[name];
  }
  return changed as Pick<T, K> | undefined;
}

function byUniqueId<T extends { id: string }>(items: readonly T[]): Map<string, T> | null {
  const map = new Map(items.map((item) => [item.id, item]));
  return map.size === items.length ? map : null;
}

const sameOrder = (a: readonly { id: string }[], b: readonly { id: string }[]) => a.length === b.length && a.every((item, i) => item.id === b[i]!.id);

/** The notes as `applyNotes` would arrange them from `before`, for telling whether `order` is needed. */
function arranged(before: readonly Note[], next: readonly Note[], removed: ReadonlySet<string>, beforeById: Map<string, Note>): { id: string }[] {
  return [...before.filter((n) => !removed.has(n.id)), ...next.filter((n) => !beforeById.has(n.id))];
}

function diffNotes(before: readonly Note[], next: readonly Note[]): NotesChanges | 'replace' {
  const beforeById = byUniqueId(before);
  const nextById = byUniqueId(next);
  // Notes are matched by id; a board with a repeated id (possible in an old imported file) is sent whole.
  if (!beforeById || !nextById) return 'replace';
  const upsert = next.filter((note) => beforeById.get(note.id) !== note);
  const removed = new Set(before.filter((note) => !nextById.has(note.id)).map((note) => note.id));
  const changes: NotesChanges = { upsert, remove: [...removed] };
  if (!sameOrder(arranged(before, next, removed, beforeById), next)) changes.order = next.map((note) => note.id);
  return changes;
}

function diffBoard(before: Board, next: Board): BoardChanges | 'replace' {
  const changes: BoardChanges = {};
  const fields = changedFields(before, next, BOARD_FIELDS);
  if (fields) changes.fields = fields;
  if (before.notes !== next.notes) {
    const notes = diffNotes(before.notes, next.notes);
    if (notes === 'replace') return 'replace';
    changes.notes = notes;
  }
  return changes;
}

function diffActivity(before: Activity | undefined, next: Activity): ActivityChange {
  if (before === next) return { change: 'keep', id: next.id };
  if (!before || !before.board !== !next.board) return { change: 'replace', activity: next };
  const change: Extract<ActivityChange, { change: 'edit' }> = { change: 'edit', id: next.id };
  const fields = changedFields(before, next, ACTIVITY_FIELDS);
  if (fields) change.fields = fields;
  if (before.board && next.board && before.board !== next.board) {
    const board = diffBoard(before.board, next.board);
    if (board === 'replace') return { change: 'replace', activity: next };
    change.board = board;
  }
  return change;
}

/** What turns `base` (the stored version) into `next`. */
export function diffWorkshop(base: WorkshopDocument, next: WorkshopDocument): WorkshopChanges {
  const changes: WorkshopChanges = {};
  const fields = changedFields(base, next, WORKSHOP_FIELDS);
  if (fields) changes.fields = fields;
  if (base.agenda !== next.agenda) {
    const before = byUniqueId(base.agenda);
    changes.agenda = next.agenda.map((activity) => diffActivity(before?.get(activity.id), activity));
  }
  return changes;
}

/**
 * The changes do not fit the stored version although its save time matched: a bug somewhere, not
 * another window. The renderer answers it by sending the whole workshop instead.
 */
const mismatch = (what: string) => fail('invalid-request', `The changes do not fit the saved workshop (${what}).`);

function applyNotes(notes: readonly Note[], changes: NotesChanges): Result<Note[]> {
  const upserts = byUniqueId(changes.upsert);
  if (!upserts) return fail('invalid-request', 'The changes name one note twice.');
  const removed = changes.remove.length ? new Set(changes.remove) : null;
  // One pass over the board, looking up only the few notes sent: this runs on every autosave.
  const replaced = new Set<string>();
  const result: Note[] = [];
  for (const note of notes) {
    if (removed?.has(note.id)) continue;
    const replacement = upserts.get(note.id);
    if (replacement) replaced.add(note.id);
    result.push(replacement ?? note);
  }
  for (const note of changes.upsert) if (!replaced.has(note.id)) result.push(note);
  if (!changes.order) return ok(result);
  const byId = new Map(result.map((note) => [note.id, note]));
  const ordered = changes.order.map((id) => byId.get(id));
  if (ordered.length !== result.length || byId.size !== result.length || new Set(changes.order).size !== result.length || ordered.some((note) => !note)) {
    return fail('invalid-request', 'The note order does not list every note of the board once.');
  }
  return ok(ordered as Note[]);
}

function applyActivity(before: Map<string, Activity> | null, change: ActivityChange): Result<Activity> {
  if (change.change === 'replace') return ok(change.activity);
  if (!before) return mismatch('the agenda repeats an activity id');
  const activity = before.get(change.id);
  if (!activity) return mismatch(`activity ${change.id} is missing`);
  if (change.change === 'keep') return ok(activity);
  let board = activity.board;
  if (change.board) {
    if (!board) return mismatch(`activity ${change.id} has no board`);
    board = { ...board, ...change.board.fields };
    if (change.board.notes) {
      const notes = applyNotes(board.notes, change.board.notes);
      if (!notes.ok) return notes;
      board = { ...board, notes: notes.value };
    }
  }
  return ok({ ...activity, ...change.fields, board });
}

/** `base` with `changes` applied, or why they cannot be. */
export function applyWorkshopChanges(base: WorkshopDocument, changes: WorkshopChanges): Result<WorkshopDocument> {
  let doc: WorkshopDocument = { ...base, ...changes.fields };
  if (changes.agenda) {
    const before = byUniqueId(base.agenda);
    const agenda: Activity[] = [];
    for (const change of changes.agenda) {
      const activity = applyActivity(before, change);
      if (!activity.ok) return activity;
      agenda.push(activity.value);
    }
    doc = { ...doc, agenda };
  }
  const broken = workshopRuleBroken(doc);
  return broken ? fail('invalid-request', `The workshop is not valid: ${broken.path}: ${broken.message}`, [broken]) : ok(doc);
}
