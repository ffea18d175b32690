// The rule indentedJson.ts builds on (documents are never changed in place) is enforced: every
// document main stores or reads is frozen, so an in-place change throws instead of being saved as
// the old bytes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../services/createServices';
import { fixedClock } from '../testing/fixedClock';
import { tempDataDir } from '../testing/tempDir';
import { openConfStore } from './confStore';
import { deepFreeze } from './deepFreeze';
import { createIndentedJsonSerializer } from './indentedJson';
import { valueOf } from '../testing/valueOf';

describe('documents main holds are frozen', () => {
  it('shows the danger: the serialiser writes the old bytes for an object changed in place', () => {
    const serialize = createIndentedJsonSerializer();
    const note = { text: 'before' };
    const doc = { notes: [note] };
    serialize(doc);
    note.text = 'after';
    expect(Buffer.concat(serialize(doc)).toString()).toContain('"before"');
  });

  it('makes an in-place change to a stored or re-read workshop throw, so it can never be saved silently', () => {
    const dataDir = tempDataDir();
    const services = createServices({ dataDir, openStore: openConfStore, clock: fixedClock(), log: () => undefined });
    const created = valueOf(services.workshops.create({ title: 'Kickoff', client: '', date: '', facilitator: '' }));
    const doc = valueOf(services.workshops.get(created.id)) as { title: string; agenda: unknown[]; runtime: { timers: Record<string, unknown> } };
    expect(() => void (doc.title = 'Changed in place')).toThrow(TypeError);
    expect(() => doc.agenda.push({})).toThrow(TypeError);
    expect(() => void (doc.runtime.timers.x = {})).toThrow(TypeError);
    // Read back by another service instance (from the file, not the cache): frozen too.
    const again = createServices({ dataDir, openStore: openConfStore, clock: fixedClock(), log: () => undefined });
    const reread = valueOf(again.workshops.get(created.id)) as { title: string };
    expect(() => void (reread.title = 'Changed in place')).toThrow(TypeError);
    // A change made the way Baton makes them, by building a new document, is saved.
    valueOf(again.workshops.rename(created.id, 'Renamed'));
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'workshops', `${created.id}.json`), 'utf8')).title).toBe('Renamed');
  });

  it('freezes only what is not frozen yet, so parts shared with the previous version cost nothing', () => {
    const shared = deepFreeze({ notes: [{ text: 'kept' }] });
    const next = deepFreeze({ board: shared, title: 'new' });
    expect(Object.isFrozen(next) && Object.isFrozen(next.board.notes[0])).toBe(true);
    expect(deepFreeze(Buffer.from('bytes')).length).toBe(5);
  });
});
