// Starting a re-check on a data directory: the example workshop (every activity filled in) gives
// a new workshop with its design and client details only, stored and listed, linked back to it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsDir, EXAMPLE_WORKSHOP_FILE } from '../assetsDir';
import { openConfStore } from '../storage/confStore';
import { fixedClock } from '../testing/fixedClock';
import { tempDataDir } from '../testing/tempDir';
import { createServices } from './createServices';
import { valueOf } from '../testing/valueOf';

describe('starting a re-check', () => {
  it('stores a linked workshop with the design and none of the example’s notes, answers, votes or actions', () => {
    const dataDir = tempDataDir();
    const services = createServices({ dataDir, openStore: openConfStore, clock: fixedClock(), log: () => undefined });
    const example = valueOf(services.workshops.importFile(EXAMPLE_WORKSHOP_FILE, fs.readFileSync(path.join(assetsDir(), 'examples', EXAMPLE_WORKSHOP_FILE), 'utf8')));
    expect(example.diagnostic.participants.length).toBeGreaterThan(0);

    const recheck = valueOf(services.workshops.startRecheck(example.id, { title: 'Northwind re-check', date: '2027-01-20' }));
    expect(recheck).toMatchObject({ title: 'Northwind re-check', date: '2027-01-20', client: example.client, facilitator: example.facilitator, earlierWorkshopId: example.id });
    expect(recheck.agenda.map((a) => a.title).filter((t) => t !== 'Review of the last plan')).toEqual(example.agenda.map((a) => a.title));
    expect(recheck.agenda.reduce((sum, a) => sum + (a.board?.notes.length ?? 0), 0)).toBe(0);
    expect(recheck.diagnostic.participants).toEqual([]);
    expect(recheck.actions).toEqual([]);
    const text = JSON.stringify({ ...recheck, agenda: recheck.agenda.map((a) => ({ ...a, review: null, notes: '' })) }); // facilitator notes are design and may name people
    for (const p of example.diagnostic.participants) if (p.name) expect(text).not.toContain(p.name);
    for (const note of example.agenda.flatMap((a) => a.board?.notes ?? [])) expect(text).not.toContain(note.text);

    const review = recheck.agenda.find((a) => a.kind === 'plan-review')!.review!;
    expect(review.items.map((i) => i.action.title)).toEqual(example.actions.map((a) => a.title));
    expect(valueOf(services.workshops.get(recheck.id))).toEqual(recheck);
    expect(services.workshops.list().workshops.find((w) => w.id === recheck.id)?.earlierWorkshopId).toBe(example.id);
    expect(valueOf(services.workshops.get(example.id))).toEqual(example);
  });

  it('says so when the workshop to follow up is gone', () => {
    const services = createServices({ dataDir: tempDataDir(), openStore: openConfStore, clock: fixedClock(), log: () => undefined });
    const result = services.workshops.startRecheck('missing-00000001', { title: 'X', date: '' });
    expect(result.ok || result.error.code).toBe('not-found');
  });
});
