// The autosave of the open workshop, against a fake API: debounced, in order, never losing an edit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BatonApi } from '../../../shared/ipc/api';
import { fail, ok } from '../../../shared/result';
import { applyWorkshopChanges, workshopChangesSchema, type WorkshopChangesInput } from '../../../shared/workshop/changes';
import { workshopDocumentSchema, type WorkshopDocument } from '../../../shared/workshop/schema';
import { createAppStore } from './appStore';
import { AUTOSAVE_DELAY_MS, DISK_FULL_RETRY_MAX_MS } from './documentSlice';

// Filled in by the schema, so the fixture keeps up as the document grows.
const doc: WorkshopDocument = workshopDocumentSchema.parse({
  schemaVersion: 1,
  id: 'doc-00000001',
  title: 'Autosave',
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
});

/** Main's side, faithfully: the changes are validated and applied to the stored version. */
function fakeApi() {
  let version = 0;
  let stored = doc;
  let refuseChanges = false;
  const saves: { client: string; expected: string }[] = [];
  let conflict = false;
  let diskFull = false;
  const api = {
    shell: 'browser',
    onCommand: () => () => undefined,
    getWorkshop: vi.fn(async () => ok(doc)),
    listWorkshops: vi.fn(async () => ok({ workshops: [], problems: [] })),
    saveWorkshopChanges: vi.fn(async ({ expectedUpdatedAt, changes }: { expectedUpdatedAt: string; changes: WorkshopChangesInput }) => {
      if (refuseChanges) return fail('invalid-request', 'The changes do not fit the saved workshop (activity x is missing).');
      if (diskFull) return fail('disk-full', 'The disk is full, so this was not saved. Free some space and try again; everything saved before is kept.');
      const next = applyWorkshopChanges(stored, workshopChangesSchema.parse(changes));
      if (!next.ok) return next;
      saves.push({ client: next.value.client, expected: expectedUpdatedAt });
      if (conflict) return fail('conflict', 'changed elsewhere');
      stored = { ...next.value, updatedAt: `2026-11-25T09:00:0${++version}.000Z` };
      return ok({ updatedAt: stored.updatedAt });
    }),
    saveWorkshop: vi.fn(async ({ workshop, expectedUpdatedAt }: { workshop: WorkshopDocument; expectedUpdatedAt: string }) => {
      saves.push({ client: workshop.client, expected: expectedUpdatedAt });
      stored = { ...workshop, updatedAt: `2026-11-25T09:00:0${++version}.000Z` };
      return ok({ updatedAt: stored.updatedAt });
    }),
  } as unknown as BatonApi;
  return {
    api,
    saves,
    setConflict: (value: boolean) => (conflict = value),
    setRefuseChanges: (value: boolean) => (refuseChanges = value),
    setDiskFull: (value: boolean) => (diskFull = value),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves once, shortly after the last of several quick edits', async () => {
    const { api, saves } = fakeApi();
    const store = createAppStore(api);
    await store.getState().loadWorkshop(doc.id);
    for (const client of ['A', 'Ac', 'Acm', 'Acme']) {
      store.getState().editWorkshop((d) => ({ ...d, client }));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(store.getState().saveStatus).toBe('pending');
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saves).toEqual([{ client: 'Acme', expected: doc.updatedAt }]);
    expect(store.getState().saveStatus).toBe('saved');
    expect(store.getState().current?.updatedAt).toBe('2026-11-25T09:00:01.000Z');
  });

  it('sends only what changed since the last save, not the whole workshop', async () => {
    const { api } = fakeApi();
    const store = createAppStore(api);
    await store.getState().loadWorkshop(doc.id);
    store.getState().editWorkshop((d) => ({ ...d, client: 'Acme' }));
    await store.getState().flushSave();
    store.getState().editWorkshop((d) => ({ ...d, facilitator: 'Sam' }));
    await store.getState().flushSave();
    expect(vi.mocked(api.saveWorkshopChanges).mock.calls.map(([request]) => request)).toEqual([
      { id: doc.id, expectedUpdatedAt: doc.updatedAt, changes: { fields: { client: 'Acme' } } },
      { id: doc.id, expectedUpdatedAt: '2026-11-25T09:00:01.000Z', changes: { fields: { facilitator: 'Sam' } } },
    ]);
  });

  it('sends the whole workshop when main cannot apply the changes, so the edit is still saved', async () => {
    const { api, saves, setRefuseChanges } = fakeApi();
    const store = createAppStore(api);
    await store.getState().loadWorkshop(doc.id);
    setRefuseChanges(true);
    store.getState().editWorkshop((d) => ({ ...d, client: 'Whole' }));
    await store.getState().flushSave();
    expect(api.saveWorkshop).toHaveBeenCalledWith({ workshop: expect.objectContaining({ client: 'Whole' }), expectedUpdatedAt: doc.updatedAt });
    expect(saves).toEqual([{ client: 'Whole', expected: doc.updatedAt }]);
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('builds each save on the version the previous one produced', async () => {
    const { api, saves } = fakeApi();
    const store = createAppStore(api);
    await store.getState().loadWorkshop(doc.id);
    store.getState().editWorkshop((d) => ({ ...d, client: 'one' }));
    await store.getState().flushSave();
    store.getState().editWorkshop((d) => ({ ...d, client: 'two' }));
    await store.getState().flushSave();
    expect(saves).toEqual([
      { client: 'one', expected: doc.updatedAt },
      { client: 'two', expected: '2026-11-25T09:00:01.000Z' },
    ]);
  });

  it('keeps a failed change pending with the reason, and saves it on retry', async () => {
    const { api, saves, setConflict } = fakeApi();
    const store = createAppStore(api);
    await store.getState().loadWorkshop(doc.id);
    setConflict(true);
    store.getState().editWorkshop((d) => ({ ...d, client: 'kept' }));
    await store.getState().flushSave();
    expect(store.getState()).toMatchObject({ saveStatus: 'error', saveError: 'changed elsewhere' });
    // Leaving the workshop does not throw the unsaved change away.
    await store.getState().closeWorkshop();
    expect(store.getState().current?.client).toBe('kept');
    setConflict(false);
    await store.getState().flushSave();
    expect(store.getState().saveStatus).toBe('saved');
    expect(saves.at(-1)?.client).toBe('kept');
  });

  it('on a full disk keeps the change, says so in plain words, and saves it by itself once space returns', async () => {
    const { api, saves, setDiskFull } = fakeApi();
    const store = createAppStore(api);
    await store.getState().loadWorkshop(doc.id);
    setDiskFull(true);
    store.getState().editWorkshop((d) => ({ ...d, client: 'kept while full' }));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(store.getState()).toMatchObject({
      saveStatus: 'error',
      saveError: 'The disk is full. Your changes are kept here; free some space and Baton saves them by itself.',
    });
    // Still full a while later: it keeps trying, and keeps the change.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.getState().saveStatus).toBe('error');
    expect(store.getState().current?.client).toBe('kept while full');
    setDiskFull(false);
    await vi.advanceTimersByTimeAsync(DISK_FULL_RETRY_MAX_MS);
    expect(store.getState()).toMatchObject({ saveStatus: 'saved', saveError: null });
    expect(saves.at(-1)?.client).toBe('kept while full');
  });

  it('flushes pending edits when the workshop is closed', async () => {
    const { api, saves } = fakeApi();
    const store = createAppStore(api);
    await store.getState().loadWorkshop(doc.id);
    store.getState().editWorkshop((d) => ({ ...d, client: 'closing' }));
    await store.getState().closeWorkshop();
    expect(saves.map((s) => s.client)).toEqual(['closing']);
    expect(store.getState().current).toBeNull();
  });
});

describe('undo and redo', () => {
  it('steps back and forward through content edits, saving the result', async () => {
    const { api, saves } = fakeApi();
    const store = createAppStore(api);
    await store.getState().loadWorkshop(doc.id);
    store.getState().editWorkshop((d) => ({ ...d, client: 'one' }));
    store.getState().editWorkshop((d) => ({ ...d, client: 'two' }));
    store.getState().undo();
    expect(store.getState().current?.client).toBe('one');
    store.getState().undo();
    expect(store.getState().current?.client).toBe('');
    store.getState().redo();
    expect(store.getState().current?.client).toBe('one');
    await store.getState().flushSave();
    expect(saves.at(-1)?.client).toBe('one');
  });

  it('never undoes a timer or an autosave, and keeps timers as they are when content is undone', async () => {
    const { api } = fakeApi();
    const store = createAppStore(api);
    await store.getState().loadWorkshop(doc.id);
    store.getState().editWorkshop((d) => ({ ...d, client: 'edited' }));
    await store.getState().flushSave();
    const timer = { durationMs: 60_000, elapsedMs: 0, startedAt: '2026-11-25T09:00:00.000Z' };
    store.getState().editRuntime((r) => ({ ...r, timers: { x: timer } }));
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().current?.client).toBe('');
    expect(store.getState().current?.runtime.timers).toEqual({ x: timer });
  });

  it('starts a fresh history for each workshop opened', async () => {
    const { api } = fakeApi();
    const store = createAppStore(api);
    await store.getState().loadWorkshop(doc.id);
    store.getState().editWorkshop((d) => ({ ...d, client: 'x' }));
    await store.getState().loadWorkshop(doc.id);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
