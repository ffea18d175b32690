import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { diffWorkshop } from '../../shared/workshop/changes';
import type { WorkshopDocument } from '../../shared/workshop/schema';
import { openConfStore } from '../storage/confStore';
import { fixedClock } from '../testing/fixedClock';
import { tempDataDir } from '../testing/tempDir';
import { createServices } from './createServices';
import { createDispatch } from './dispatch';
import { createHandlers, type Handlers } from './handlers';

function dispatcher() {
  const services = createServices({ dataDir: tempDataDir(), openStore: openConfStore, clock: fixedClock(), log: () => undefined });
  return createDispatch(createHandlers(services), () => undefined);
}

describe('dispatch validates every payload against the contract', () => {
  it('creates a workshop from a valid payload', async () => {
    const result = await dispatcher()('createWorkshop', { title: 'Kickoff' });
    expect(result).toMatchObject({ ok: true, value: { title: 'Kickoff', client: '', schemaVersion: 1 } });
  });

  it.each([
    ['a missing title', 'createWorkshop', {}, 'title: Title is required'],
    ['a title of the wrong type', 'createWorkshop', { title: ['x'] }, 'title: Title must be text'],
    ['an unknown field', 'createWorkshop', { title: 'x', admin: true }, 'Unrecognized key: "admin"'],
    ['an invalid date', 'createWorkshop', { title: 'x', date: '2026-13-01' }, 'date: is not a real calendar date'],
    ['an id that walks out of the folder', 'getWorkshop', { id: '../../../etc/passwd' }, 'id: must be an id'],
    ['no payload where one is needed', 'renameWorkshop', undefined, 'is required'],
    ['a payload where none is expected', 'listWorkshops', { evil: 1 }, 'this request takes no data'],
    ['a prototype-pollution key', 'updateSettings', JSON.parse('{"__proto__": {"polluted": 1}}'), 'Unrecognized key'],
  ])('refuses %s with a message naming the field', async (_case, channel, payload, message) => {
    const result = await dispatcher()(channel, payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toContain(`The ${channel} request is not valid`);
    expect(result.error.message).toContain(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('changes only the settings a request names, keeping the others as stored', async () => {
    const dispatch = dispatcher();
    await dispatch('updateSettings', { theme: 'dark', paperSize: 'letter' });
    const result = await dispatch('updateSettings', { chime: false });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ theme: 'dark', paperSize: 'letter', chime: false }) });
  });

  it('saves the changes an autosave sends, and refuses ones built on another version', async () => {
    const dispatch = dispatcher();
    const created = await dispatch('createWorkshop', { title: 'Kickoff' });
    if (!created.ok) throw new Error(created.error.message);
    const doc = created.value as { id: string; updatedAt: string };
    const saved = await dispatch('saveWorkshopChanges', { id: doc.id, expectedUpdatedAt: doc.updatedAt, changes: { fields: { client: 'Acme' } } });
    expect(saved.ok).toBe(true);
    expect(await dispatch('getWorkshop', { id: doc.id })).toMatchObject({ ok: true, value: { title: 'Kickoff', client: 'Acme' } });
    const stale = await dispatch('saveWorkshopChanges', { id: doc.id, expectedUpdatedAt: doc.updatedAt, changes: { fields: { client: 'Other' } } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const invalid = await dispatch('saveWorkshopChanges', { id: doc.id, expectedUpdatedAt: doc.updatedAt, changes: { fields: { title: '' } } });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('changes.fields.title: Title is required') } });
  });

  it('refuses a channel that is not in the contract', async () => {
    const result = await dispatcher()('deleteEverything', {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown-channel', message: 'There is no request called "deleteEverything".' } });
  });

  it('refuses inherited object keys as channel names', async () => {
    const result = await dispatcher()('toString', undefined);
    expect(result.ok).toBe(false);
  });

  it('turns a handler that throws into an internal error with a message, not a crash', async () => {
    const handlers = new Proxy({} as Handlers, {
      get: () => () => {
        throw new Error('disk on fire');
      },
    });
    const logged: string[] = [];
    const result = await createDispatch(handlers, (m) => logged.push(m))('listWorkshops', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Baton could not complete listWorkshops: disk on fire' } });
    expect(logged[0]).toContain('disk on fire');
  });
});

describe('the example workshop', () => {
  it('is added as a new, complete workshop each time it is opened', async () => {
    const dispatch = dispatcher();
    const first = await dispatch('openExampleWorkshop', undefined);
    const second = await dispatch('openExampleWorkshop', undefined);
    expect(first).toMatchObject({ ok: true, value: { title: expect.stringContaining('Northwind Instruments') } });
    if (!first.ok || !second.ok) return;
    const [a, b] = [first.value as { id: string; title: string; agenda: unknown[] }, second.value as { id: string; title: string }];
    expect(a.id).not.toBe(b.id);
    expect(b.title).toMatch(/\(imported\)$/);
    expect(a.agenda).toHaveLength(9);
  });
});

describe('a full disk', () => {
  it('is answered in the user’s words with its own code, and the saved version stays as it was', async () => {
    const dataDir = tempDataDir();
    const services = createServices({ dataDir, openStore: openConfStore, clock: fixedClock(), log: () => undefined });
    const dispatch = createDispatch(createHandlers(services), () => undefined);
    const created = await dispatch('createWorkshop', { title: 'Kickoff' });
    if (!created.ok) throw new Error(created.error.message);
    const doc = created.value as WorkshopDocument;
    const before = fs.readFileSync(path.join(dataDir, 'workshops', `${doc.id}.json`));

    const full = vi.spyOn(fs, 'writevSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    const change = { id: doc.id, expectedUpdatedAt: doc.updatedAt, changes: diffWorkshop(doc, { ...doc, client: 'Acme' }) };
    const refused = await dispatch('saveWorkshopChanges', change);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'disk-full', message: 'The disk is full, so this was not saved. Free some space and try again; everything saved before is kept.' },
    });
    expect(fs.readFileSync(path.join(dataDir, 'workshops', `${doc.id}.json`))).toEqual(before);

    // Space returns: the same request goes through.
    full.mockRestore();
    expect(await dispatch('saveWorkshopChanges', change)).toMatchObject({ ok: true });
  });
});

describe('linking a workshop to an earlier one', () => {
  async function created(dispatch: ReturnType<typeof dispatcher>, title: string) {
    const result = await dispatch('createWorkshop', { title, client: 'Acme' });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as WorkshopDocument;
  }
  const link = (dispatch: ReturnType<typeof dispatcher>, doc: WorkshopDocument, earlierWorkshopId: unknown) =>
    dispatch('saveWorkshopChanges', { id: doc.id, expectedUpdatedAt: doc.updatedAt, changes: { fields: { earlierWorkshopId } } });

  it('saves a link and an unlink through the autosave, like any other field', async () => {
    const dispatch = dispatcher();
    const spring = await created(dispatch, 'Spring');
    const autumn = await created(dispatch, 'Autumn');
    const linked = await link(dispatch, autumn, spring.id);
    expect(linked.ok).toBe(true);
    expect(await dispatch('getWorkshop', { id: autumn.id })).toMatchObject({ ok: true, value: { earlierWorkshopId: spring.id } });
    const listed = await dispatch('listWorkshops', undefined);
    expect(listed).toMatchObject({ ok: true, value: { workshops: expect.arrayContaining([expect.objectContaining({ id: autumn.id, earlierWorkshopId: spring.id })]) } });
    if (!linked.ok) return;
    const unlinked = await link(dispatch, { ...autumn, updatedAt: (linked.value as { updatedAt: string }).updatedAt }, null);
    expect(unlinked.ok).toBe(true);
    expect(await dispatch('getWorkshop', { id: autumn.id })).toMatchObject({ ok: true, value: { earlierWorkshopId: null } });
  });

  it('refuses a link to itself, one that makes a loop, and a malformed id', async () => {
    const dispatch = dispatcher();
    const spring = await created(dispatch, 'Spring');
    const autumn = await created(dispatch, 'Autumn');
    expect((await link(dispatch, autumn, spring.id)).ok).toBe(true);
    expect(await link(dispatch, spring, spring.id)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'A workshop cannot be linked to itself.' } });
    expect(await link(dispatch, spring, autumn.id)).toMatchObject({ ok: false, error: { message: expect.stringContaining('loop'), issues: [{ path: 'earlierWorkshopId' }] } });
    expect(await link(dispatch, spring, '../autumn')).toMatchObject({ ok: false, error: { message: expect.stringContaining('changes.fields.earlierWorkshopId: must be an id') } });
    // The whole-workshop save the renderer falls back to is held to the same rule.
    expect(await dispatch('saveWorkshop', { workshop: { ...spring, earlierWorkshopId: autumn.id }, expectedUpdatedAt: spring.updatedAt })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('loop') },
    });
    expect(await dispatch('getWorkshop', { id: spring.id })).toMatchObject({ ok: true, value: { earlierWorkshopId: null } });
  });

  it('keeps saving a workshop whose earlier workshop was deleted since, and lets an undone Unlink link it again', async () => {
    const dispatch = dispatcher();
    const spring = await created(dispatch, 'Spring');
    const autumn = await created(dispatch, 'Autumn');
    const linked = await link(dispatch, autumn, spring.id);
    if (!linked.ok) throw new Error(linked.error.message);
    expect((await dispatch('deleteWorkshop', { id: spring.id })).ok).toBe(true);
    const renamed = await dispatch('saveWorkshopChanges', {
      id: autumn.id,
      expectedUpdatedAt: (linked.value as { updatedAt: string }).updatedAt,
      changes: { fields: { client: 'Acme Ltd' } },
    });
    expect(renamed.ok).toBe(true);
    if (!renamed.ok) return;
    const at = (renamed.value as { updatedAt: string }).updatedAt;
    const unlinked = await link(dispatch, { ...autumn, updatedAt: at }, null);
    if (!unlinked.ok) throw new Error(unlinked.error.message);
    const relinked = await link(dispatch, { ...autumn, updatedAt: (unlinked.value as { updatedAt: string }).updatedAt }, spring.id);
    expect(relinked.ok).toBe(true);
  });
});
