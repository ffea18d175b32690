// The listBackups, restoreBackup and restoreFromBackup channels, through dispatch as the renderer calls them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkshopBackup } from '../../shared/ipc/backups';
import { addNote } from '../../shared/board/edits';
import { createActivity } from '../../shared/agenda/edits';
import type { WorkshopDocument } from '../../shared/workshop/schema';
import { openConfStore } from '../storage/confStore';
import { fixedClock } from '../testing/fixedClock';
import { tempDataDir } from '../testing/tempDir';
import { createServices } from './createServices';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';
import { valueOf } from '../testing/valueOf';

function setUp() {
  const dataDir = tempDataDir();
  const services = createServices({ dataDir, openStore: openConfStore, clock: fixedClock(), log: () => undefined });
  const dispatch = createDispatch(createHandlers(services), () => undefined);
  return { dataDir, services, call: <T>(channel: string, payload: unknown) => dispatch(channel, payload) as Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }> };
}

/** A workshop saved three times: "Draft" with no notes, then one note, then two, retitled "Final". */
async function workshopWithHistory() {
  const env = setUp();
  const { services } = env;
  let doc = valueOf(services.workshops.create({ title: 'Draft', client: '', date: '', facilitator: '' }));
  let n = 0;
  const board = createActivity('free-board', () => `item-${++n}`);
  const save = (next: WorkshopDocument) => {
    const { updatedAt } = valueOf(services.workshops.saveOpen(next, doc.updatedAt));
    doc = { ...next, updatedAt };
  };
  save({ ...doc, agenda: [board] });
  const areaId = board.board!.areas[0]!.id;
  const withNote = (d: WorkshopDocument, id: string) => ({
    ...d,
    agenda: [{ ...d.agenda[0]!, board: addNote(d.agenda[0]!.board!, { id, areaId, text: `Note ${id}`, team: 'sales' }) }],
  });
  save(withNote(doc, 'n1'));
  save({ ...withNote(doc, 'n2'), title: 'Final' });
  return { ...env, current: () => valueOf(services.workshops.get(doc.id)), id: doc.id };
}

describe('listBackups', () => {
  it('lists earlier versions newest first with their time, title, size and number of notes', async () => {
    const { call, id, dataDir } = await workshopWithHistory();
    const backups = valueOf(await call<WorkshopBackup[]>('listBackups', { id }));
    expect(backups.map(({ title, notes }) => ({ title, notes }))).toEqual([
      { title: 'Draft', notes: 1 },
      { title: 'Draft', notes: 0 },
      { title: 'Draft', notes: 0 },
    ]);
    expect(backups.map((b) => b.savedAt)).toEqual([...backups.map((b) => b.savedAt)].sort().reverse());
    for (const b of backups) {
      expect(b.file).toBe(`${b.savedAt.replace(/[:.]/g, '-')}.json`);
      expect(b.bytes).toBe(fs.statSync(path.join(dataDir, 'backups', id, b.file)).size);
    }
  });

  it('answers an empty list for a workshop never saved twice', async () => {
    const { call, services } = setUp();
    const doc = valueOf(services.workshops.create({ title: 'New', client: '', date: '', facilitator: '' }));
    expect(await call('listBackups', { id: doc.id })).toEqual({ ok: true, value: [] });
  });
});

describe('restoreBackup', () => {
  it('makes the chosen version current with a new change time, and keeps the replaced one so the restore can be undone', async () => {
    const { call, id, current } = await workshopWithHistory();
    const before = current();
    const [latest] = valueOf(await call<WorkshopBackup[]>('listBackups', { id }));

    const restored = valueOf(await call<WorkshopDocument>('restoreBackup', { id, file: latest!.file }));

    expect(restored.title).toBe('Draft');
    expect(restored.agenda[0]!.board!.notes.map((n) => n.id)).toEqual(['n1']);
    expect(restored.updatedAt > before.updatedAt).toBe(true);
    expect(current()).toEqual(restored);
    const after = valueOf(await call<WorkshopBackup[]>('listBackups', { id }));
    expect(after[0]).toMatchObject({ title: 'Final', notes: 2, savedAt: before.updatedAt });

    const undone = valueOf(await call<WorkshopDocument>('restoreBackup', { id, file: after[0]!.file }));
    expect(undone).toMatchObject({ title: 'Final', agenda: before.agenda });
  });

  it('makes an editor still showing the replaced version get a conflict instead of saving over the restore', async () => {
    const { call, id, current, services } = await workshopWithHistory();
    const open = current();
    const [latest] = valueOf(await call<WorkshopBackup[]>('listBackups', { id }));
    valueOf(await call('restoreBackup', { id, file: latest!.file }));
    expect(services.workshops.saveOpen({ ...open, client: 'late edit' }, open.updatedAt)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it.each([
    ['a path out of the folder', '../../settings.json'],
    ['a path into another folder', '../other-00000001/2026-11-25T09-00-00-000Z.json'],
    ['a name that is not a backup', 'notes.txt'],
    ['an absolute path', '/etc/passwd'],
  ])('refuses %s before reading anything', async (_case, file) => {
    const { call, id } = await workshopWithHistory();
    const result = await call('restoreBackup', { id, file });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('file: must be the name of a backup') } });
  });

  it('refuses a well-formed name that is not one of this workshop’s backups', async () => {
    const { call, id, current } = await workshopWithHistory();
    const before = current();
    const result = await call('restoreBackup', { id, file: '2020-01-01T00-00-00-000Z.json' });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: `There is no backup 2020-01-01T00-00-00-000Z.json of workshop ${id}.` } });
    expect(current()).toEqual(before);
  });
});

describe('restoreFromBackup', () => {
  it('brings back a quarantined workshop from its latest good backup into workshops/<id>.json', async () => {
    const { call, id, dataDir } = await workshopWithHistory();
    fs.writeFileSync(path.join(dataDir, 'workshops', `${id}.json`), '{ torn');
    const listing = valueOf(await call<{ problems: { id?: string; hasBackup?: boolean }[] }>('listWorkshops', undefined));
    expect(listing.problems).toMatchObject([{ id, hasBackup: true }]);

    const restored = valueOf(await call<WorkshopDocument>('restoreFromBackup', { id }));

    expect(restored).toMatchObject({ id, title: 'Draft' });
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'workshops', `${id}.json`), 'utf8'))).toMatchObject({ id, title: 'Draft' });
    expect(valueOf(await call<{ problems: unknown[] }>('listWorkshops', undefined)).problems).toEqual([]);
  });

  it('skips a damaged backup and restores the next good one', async () => {
    const { call, id, dataDir } = await workshopWithHistory();
    const [latest] = valueOf(await call<WorkshopBackup[]>('listBackups', { id }));
    fs.writeFileSync(path.join(dataDir, 'backups', id, latest!.file), 'not json');
    fs.rmSync(path.join(dataDir, 'workshops', `${id}.json`));
    const restored = valueOf(await call<WorkshopDocument>('restoreFromBackup', { id }));
    expect(restored.agenda[0]?.board?.notes ?? []).toEqual([]);
  });

  it('says so when there is no backup to restore', async () => {
    const { call } = setUp();
    expect(await call('restoreFromBackup', { id: 'nothing-00000001' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no readable backup of workshop nothing-00000001 to restore.' },
    });
  });
});
