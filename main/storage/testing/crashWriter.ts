// The crash test's child process (bundled by crash.test.ts): starts like a shell (data-folder lock,
// then the real services), then saves a growing workshop as the autosave does (the changes since
// the last save, validated as the IPC contract would), one note per save, writing each completed
// save's note count to stdout until it is killed.
import fs from 'node:fs';
import { createActivity } from '../../../shared/agenda/edits';
import { addNote } from '../../../shared/board/edits';
import { diffWorkshop, workshopChangesSchema } from '../../../shared/workshop/changes';
import type { WorkshopDocument } from '../../../shared/workshop/schema';
import { createServices } from '../../services/createServices';
import { openConfStore } from '../confStore';
import { acquireDataDirLock } from '../dataDirLock';

/** Well under the notes-per-workshop limit, so a long run ends cleanly instead of failing. */
const MAX_NOTES = 4000;

/** Synchronous, so a line is in the pipe before the next save starts and survives SIGKILL. */
const say = (line: string) => fs.writeSync(1, `${line}\n`);

function fail(message: string): never {
  fs.writeSync(2, `${message}\n`);
  process.exit(3);
}

function main(dataDir: string, id: string) {
  const lock = acquireDataDirLock(dataDir);
  if (!lock.ok) fail(lock.error.message);
  const services = createServices({
    dataDir,
    openStore: openConfStore,
    clock: { now: () => new Date(), newId: () => id },
    log: () => undefined,
  });
  let found = services.workshops.get(id);
  if (!found.ok && found.error.code === 'not-found') found = services.workshops.create({ title: 'Crash test', client: '', date: '', facilitator: '' });
  if (!found.ok) fail(found.error.message);
  let doc: WorkshopDocument = found.value;
  if (doc.agenda.length === 0) {
    let n = 0;
    const board = createActivity('free-board', () => `board-${++n}`);
    const saved = services.workshops.saveOpen({ ...doc, agenda: [board] }, doc.updatedAt);
    if (!saved.ok) fail(saved.error.message);
    doc = { ...doc, agenda: [board], updatedAt: saved.value.updatedAt };
  }
  const activity = doc.agenda[0]!;
  let count = activity.board!.notes.length;
  say(`ready ${count}`);
  while (count < MAX_NOTES) {
    const next = count + 1;
    const board = addNote(doc.agenda[0]!.board!, { id: `note-${next}`, areaId: activity.board!.areas[0]!.id, text: `Note ${next}`, team: 'sales' });
    const edited = { ...doc, agenda: [{ ...doc.agenda[0]!, board }] };
    const changes = workshopChangesSchema.parse(JSON.parse(JSON.stringify(diffWorkshop(doc, edited))));
    const saved = services.workshops.saveChanges(id, doc.updatedAt, changes);
    if (!saved.ok) fail(saved.error.message);
    doc = { ...edited, updatedAt: saved.value.updatedAt };
    count = next;
    say(`saved ${count}`);
  }
  say('full');
}

const [dataDir, id] = process.argv.slice(2);
if (!dataDir || !id) fail('usage: crashWriter <data folder> <workshop id>');
main(dataDir, id);
