import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../dataDir';
import { openConfStore } from '../storage/confStore';
import { fixedClock } from '../testing/fixedClock';
import { tempDataDir } from '../testing/tempDir';
import { createServices } from './createServices';
import { valueOf } from '../testing/valueOf';

function servicesIn(dataDir: string) {
  return createServices({ dataDir, openStore: openConfStore, clock: fixedClock(), log: () => undefined });
}

describe('workshop storage under BATON_DATA_DIR', () => {
  it('writes one store file per workshop and settings.json, and reads them back in a new process', () => {
    const dataDir = resolveDataDir({ BATON_DATA_DIR: tempDataDir() });
    const first = servicesIn(dataDir);
    const created = valueOf(first.workshops.create({ title: 'Kickoff', client: 'Acme', date: '2026-12-01', facilitator: 'Sam' }));
    valueOf(first.settings.update({ theme: 'contrast' }));

    expect(fs.readdirSync(path.join(dataDir, 'workshops'))).toEqual([`${created.id}.json`]);
    expect(fs.existsSync(path.join(dataDir, 'settings.json'))).toBe(true);
    const onDisk = JSON.parse(fs.readFileSync(path.join(dataDir, 'workshops', `${created.id}.json`), 'utf8'));
    expect(onDisk).toEqual(created);
    expect(onDisk.schemaVersion).toBe(1);

    // A fresh set of services stands for a restart: nothing is cached between them.
    const second = servicesIn(dataDir);
    expect(valueOf(second.workshops.get(created.id))).toEqual(created);
    expect(second.workshops.list().workshops.map((w) => w.title)).toEqual(['Kickoff']);
    expect(valueOf(second.settings.get()).theme).toBe('contrast');
  });

  it('lists the newest change first and renames, duplicates and deletes', () => {
    const services = servicesIn(tempDataDir());
    const a = valueOf(services.workshops.create({ title: 'Alpha', client: '', date: '', facilitator: '' }));
    const b = valueOf(services.workshops.create({ title: 'Beta', client: '', date: '', facilitator: '' }));
    expect(services.workshops.list().workshops.map((w) => w.title)).toEqual(['Beta', 'Alpha']);

    const renamed = valueOf(services.workshops.rename(a.id, 'Alpha prime'));
    expect(renamed.updatedAt > renamed.createdAt).toBe(true);
    expect(services.workshops.list().workshops.map((w) => w.title)).toEqual(['Alpha prime', 'Beta']);

    const copy = valueOf(services.workshops.duplicate(b.id));
    expect(copy.id).not.toBe(b.id);
    expect(copy.title).toBe('Beta (copy)');
    expect(valueOf(services.workshops.duplicate(b.id)).title).toBe('Beta (copy 2)');

    expect(services.workshops.remove(b.id).ok).toBe(true);
    expect(services.workshops.list().workshops.map((w) => w.title)).toEqual(['Beta (copy 2)', 'Beta (copy)', 'Alpha prime']);
    const missing = services.workshops.get(b.id);
    expect(missing.ok || missing.error.code).toBe('not-found');
  });

  it('moves a deleted workshop to trash/ instead of erasing it', () => {
    const dataDir = tempDataDir();
    const services = servicesIn(dataDir);
    const doc = valueOf(services.workshops.create({ title: 'Keep me', client: '', date: '', facilitator: '' }));
    services.workshops.remove(doc.id);
    const [trashed] = fs.readdirSync(path.join(dataDir, 'trash', 'workshops'));
    expect(trashed).toMatch(new RegExp(`^${doc.id}-.*\\.json$`));
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'trash', 'workshops', trashed!), 'utf8')).title).toBe('Keep me');
  });

  it('sets files that do not parse or validate aside in quarantine/, byte for byte, and reports them', () => {
    const dataDir = tempDataDir();
    const services = servicesIn(dataDir);
    valueOf(services.workshops.create({ title: 'Fine', client: '', date: '', facilitator: '' }));
    const dir = path.join(dataDir, 'workshops');
    fs.writeFileSync(path.join(dir, 'broken-json.json'), '{"title": ');
    fs.writeFileSync(path.join(dir, 'wrong-shape.json'), JSON.stringify({ schemaVersion: 1, id: 'wrong-shape', title: 7 }));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a workshop');

    const listing = services.workshops.list();
    expect(listing.workshops.map((w) => w.title)).toEqual(['Fine']);
    expect(listing.problems.map((p) => p.file).sort()).toEqual(['workshops/broken-json.json', 'workshops/wrong-shape.json']);
    expect(listing.problems.find((p) => p.file.includes('wrong-shape'))?.message).toContain('title');
    const moved = listing.problems.find((p) => p.file === 'workshops/broken-json.json')!.quarantined!;
    expect(moved).toMatch(/^quarantine\/workshops\/broken-json-.*\.json$/);
    expect(fs.readFileSync(path.join(dataDir, moved), 'utf8')).toBe('{"title": ');
    expect(fs.existsSync(path.join(dir, 'broken-json.json'))).toBe(false);
  });

  it('answers not-found for an id without a file', () => {
    const services = servicesIn(tempDataDir());
    const result = services.workshops.rename('missing-00000000', 'x');
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('uses default settings when settings.json is missing', () => {
    const services = servicesIn(tempDataDir());
    expect(valueOf(services.settings.get())).toEqual({ schemaVersion: 1, theme: 'system', paperSize: 'a4', chime: true });
  });
});

describe('saving an open workshop', () => {
  it('stores the edited document and answers with a later change time', () => {
    const services = servicesIn(tempDataDir());
    const doc = valueOf(services.workshops.create({ title: 'Live', client: '', date: '', facilitator: '' }));
    const edited = { ...doc, client: 'Acme', settings: { ...doc.settings, anonymous: true } };
    const saved = valueOf(services.workshops.saveOpen(edited, doc.updatedAt));
    expect(saved.updatedAt > doc.updatedAt).toBe(true);
    expect(valueOf(services.workshops.get(doc.id))).toMatchObject({ client: 'Acme', settings: { anonymous: true }, updatedAt: saved.updatedAt });
  });

  it('refuses a save built on an older version, leaving the stored one as it was', () => {
    const services = servicesIn(tempDataDir());
    const doc = valueOf(services.workshops.create({ title: 'Two tabs', client: '', date: '', facilitator: '' }));
    valueOf(services.workshops.saveOpen({ ...doc, client: 'First tab' }, doc.updatedAt));
    const second = services.workshops.saveOpen({ ...doc, client: 'Second tab' }, doc.updatedAt);
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(valueOf(services.workshops.get(doc.id)).client).toBe('First tab');
  });

  it('keeps the creation time whatever the renderer sends', () => {
    const services = servicesIn(tempDataDir());
    const doc = valueOf(services.workshops.create({ title: 'Created', client: '', date: '', facilitator: '' }));
    valueOf(services.workshops.saveOpen({ ...doc, createdAt: '2000-01-01T00:00:00.000Z' }, doc.updatedAt));
    expect(valueOf(services.workshops.get(doc.id)).createdAt).toBe(doc.createdAt);
  });

  it('reads a workshop stored before the diagnostic existed, with an empty diagnostic', () => {
    const dataDir = tempDataDir();
    const dir = path.join(dataDir, 'workshops');
    fs.mkdirSync(dir, { recursive: true });
    const old = { schemaVersion: 1, id: 'old-00000001', title: 'Older file', client: '', date: '', facilitator: '', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
    fs.writeFileSync(path.join(dir, 'old-00000001.json'), JSON.stringify(old));
    expect(valueOf(servicesIn(dataDir).workshops.get('old-00000001'))).toMatchObject({
      settings: { anonymous: false },
      diagnostic: { participants: [], advisor: {}, targetLevel: null },
    });
  });
});
