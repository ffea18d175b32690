// Storage of workshop files: backups before each save, quarantine of unreadable files, files from a
// newer Baton left alone, and older versions migrated on read but written only on the next save.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { BACKUP_FILE_PATTERN, backupFileName } from '../../shared/storage/backupNames';
import type { DocumentKind } from '../../shared/storage/migrations';
import { createServices } from '../services/createServices';
import type { Clock } from '../services/workshopService';
import { fixedClock } from '../testing/fixedClock';
import { tempDataDir } from '../testing/tempDir';
import { openConfStore } from './confStore';
import { createDocumentCollection } from './documentCollection';
import type { OpenStore } from './keyValueStore';
import { valueOf } from '../testing/valueOf';

const details = { title: 'Kickoff', client: '', date: '', facilitator: '' };
const servicesIn = (dataDir: string, clock: Clock = fixedClock()) => createServices({ dataDir, openStore: openConfStore, clock, log: () => undefined });

/** A clock the test moves by hand; ids count up. */
function manualClock(start: string) {
  let now = Date.parse(start);
  let id = 0;
  return {
    now: () => new Date(now),
    newId: () => `manual-${String(++id).padStart(8, '0')}`,
    set: (iso: string) => void (now = Date.parse(iso)),
  };
}

const workshopFile = (dataDir: string, id: string) => path.join(dataDir, 'workshops', `${id}.json`);
const backupDir = (dataDir: string, id: string) => path.join(dataDir, 'backups', id);
const quarantineDir = (dataDir: string) => path.join(dataDir, 'quarantine', 'workshops');

describe('backups of each saved version', () => {
  it('keeps the version a save replaces in backups/<id>/, byte for byte, named by when it was saved', () => {
    const dataDir = tempDataDir();
    const services = servicesIn(dataDir);
    const created = valueOf(services.workshops.create(details));
    const before = fs.readFileSync(workshopFile(dataDir, created.id));

    valueOf(services.workshops.rename(created.id, 'Kickoff, day two'));

    const names = fs.readdirSync(backupDir(dataDir, created.id));
    expect(names).toEqual([backupFileName(new Date(created.updatedAt))]);
    expect(fs.readFileSync(path.join(backupDir(dataDir, created.id), names[0]!))).toEqual(before);
  });

  it('keeps the last 10 versions and the last of each of the last 14 days, pruning on every save', async () => {
    const dataDir = tempDataDir();
    const clock = manualClock('2026-11-01T08:00:00.000Z');
    const services = servicesIn(dataDir, clock);
    const doc = valueOf(services.workshops.create(details));
    for (let day = 1; day <= 20; day++) {
      for (const hour of ['09', '12', '15']) {
        clock.set(`2026-11-${String(day).padStart(2, '0')}T${hour}:00:00.000Z`);
        valueOf(services.workshops.rename(doc.id, `Day ${day} at ${hour}`));
      }
    }
    // Listed at once; the files of pruned versions are removed in the background.
    expect(valueOf(services.backups.list(doc.id))).toHaveLength(20);
    await vi.waitFor(() => expect(fs.readdirSync(backupDir(dataDir, doc.id))).toHaveLength(20));
    const kept = fs.readdirSync(backupDir(dataDir, doc.id)).sort().reverse();
    // 60 versions were replaced; the newest ten run back to day 17 at 12:00 …
    expect(kept.slice(0, 10)).toEqual(
      ['20T12', '20T09', '19T15', '19T12', '19T09', '18T15', '18T12', '18T09', '17T15', '17T12'].map((t) =>
        backupFileName(new Date(`2026-11-${t.slice(0, 2)}T${t.slice(3)}:00:00.000Z`)),
      ),
    );
    // … then the last version of each earlier day back to day 7 (14 days including today, the 20th).
    expect(kept.slice(10)).toEqual(
      [16, 15, 14, 13, 12, 11, 10, 9, 8, 7].map((d) => backupFileName(new Date(`2026-11-${String(d).padStart(2, '0')}T15:00:00.000Z`))),
    );
  });

  it('keeps a version even when its backup folder was removed by hand, or a file of its name appeared', () => {
    const dataDir = tempDataDir();
    const clock = manualClock('2026-11-25T09:00:00.000Z');
    const services = servicesIn(dataDir, clock);
    const doc = valueOf(services.workshops.create(details));
    clock.set('2026-11-25T09:01:00.000Z');
    valueOf(services.workshops.rename(doc.id, 'Second'));
    fs.rmSync(backupDir(dataDir, doc.id), { recursive: true });
    const second = fs.readFileSync(workshopFile(dataDir, doc.id));
    clock.set('2026-11-25T09:02:00.000Z');
    valueOf(services.workshops.rename(doc.id, 'Third'));
    expect(fs.readdirSync(backupDir(dataDir, doc.id))).toEqual([backupFileName(new Date('2026-11-25T09:01:00.000Z'))]);
    expect(fs.readFileSync(path.join(backupDir(dataDir, doc.id), backupFileName(new Date('2026-11-25T09:01:00.000Z'))))).toEqual(second);

    // Someone put a different file under the name the next backup would take: it is left alone.
    const third = fs.readFileSync(workshopFile(dataDir, doc.id));
    const squatter = path.join(backupDir(dataDir, doc.id), backupFileName(new Date('2026-11-25T09:02:00.000Z')));
    fs.writeFileSync(squatter, 'not this version');
    clock.set('2026-11-25T09:03:00.000Z');
    valueOf(services.workshops.rename(doc.id, 'Fourth'));
    expect(fs.readFileSync(squatter, 'utf8')).toBe('not this version');
    expect(fs.readFileSync(path.join(backupDir(dataDir, doc.id), backupFileName(new Date('2026-11-25T09:02:00.000Z'), 2)))).toEqual(third);
  });

  it('writes backups atomically: no temporary file is left beside them', () => {
    const dataDir = tempDataDir();
    const services = servicesIn(dataDir);
    const doc = valueOf(services.workshops.create(details));
    for (let i = 0; i < 5; i++) valueOf(services.workshops.rename(doc.id, `Take ${i}`));
    expect(fs.readdirSync(backupDir(dataDir, doc.id)).every((name) => BACKUP_FILE_PATTERN.test(name))).toBe(true);
    expect(fs.readdirSync(path.join(dataDir, 'workshops'))).toEqual([`${doc.id}.json`]);
  });
});

describe('quarantine of files that cannot be read', () => {
  it('moves a file that is not JSON to quarantine/ with a timestamp, reports it, and lists the rest', () => {
    const dataDir = tempDataDir();
    const services = servicesIn(dataDir);
    valueOf(services.workshops.create(details));
    fs.writeFileSync(workshopFile(dataDir, 'broken-00000001'), '{"title": ');

    const listing = services.workshops.list();

    expect(listing.workshops.map((w) => w.title)).toEqual(['Kickoff']);
    const [problem] = listing.problems;
    expect(problem).toMatchObject({
      file: 'workshops/broken-00000001.json',
      id: 'broken-00000001',
      hasBackup: false,
      reason: expect.stringMatching(/^workshops\/broken-00000001\.json is not valid JSON: /),
      quarantined: expect.stringMatching(/^quarantine\/workshops\/broken-00000001-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/),
    });
    expect(problem!.message).toContain('There is no backup of it to restore.');
    expect(fs.readFileSync(path.join(dataDir, problem!.quarantined!), 'utf8')).toBe('{"title": ');
    expect(fs.existsSync(workshopFile(dataDir, 'broken-00000001'))).toBe(false);
  });

  it('moves a file with invalid fields aside, says why, and says its latest backup can be restored', () => {
    const dataDir = tempDataDir();
    const services = servicesIn(dataDir);
    const doc = valueOf(services.workshops.create(details));
    valueOf(services.workshops.rename(doc.id, 'Renamed'));
    fs.writeFileSync(workshopFile(dataDir, doc.id), JSON.stringify({ ...doc, title: 7 }));

    const result = services.workshops.get(doc.id);

    expect(result).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringContaining('title: ') } });
    const [problem] = servicesIn(dataDir).workshops.list().problems;
    expect(problem).toMatchObject({ id: doc.id, hasBackup: true, reason: expect.stringContaining('is not a valid workshop file: title') });
    expect(problem!.message).toContain('Its latest backup can be restored.');
  });

  it('never overwrites a quarantined file, even one set aside in the same millisecond', () => {
    const dataDir = tempDataDir();
    const services = servicesIn(dataDir, { now: () => new Date('2026-11-25T09:00:00.000Z'), newId: () => 'same-00000001' });
    for (const text of ['first', 'second']) {
      fs.mkdirSync(path.dirname(workshopFile(dataDir, 'same-00000001')), { recursive: true });
      fs.writeFileSync(workshopFile(dataDir, 'same-00000001'), text);
      services.workshops.get('same-00000001');
    }
    const names = fs.readdirSync(quarantineDir(dataDir)).sort();
    expect(names).toEqual(['same-00000001-2026-11-25T09-00-00-000Z-2.json', 'same-00000001-2026-11-25T09-00-00-000Z.json']);
    expect(names.map((n) => fs.readFileSync(path.join(quarantineDir(dataDir), n), 'utf8'))).toEqual(['second', 'first']);
  });

  it('reports a broken file in place, unchanged, when it cannot be moved to quarantine/, and still lists the rest', () => {
    const dataDir = tempDataDir();
    const services = servicesIn(dataDir);
    valueOf(services.workshops.create(details));
    fs.writeFileSync(workshopFile(dataDir, 'stuck-00000001'), 'garbage');
    fs.writeFileSync(path.join(dataDir, 'quarantine'), 'a file where the folder should be');

    const listing = services.workshops.list();

    expect(listing.workshops.map((w) => w.title)).toEqual(['Kickoff']);
    expect(listing.problems).toMatchObject([{ file: 'workshops/stuck-00000001.json', message: expect.stringContaining('could not be moved to quarantine/') }]);
    expect(fs.readFileSync(workshopFile(dataDir, 'stuck-00000001'), 'utf8')).toBe('garbage');
  });

  it('never quarantines a file that is simply missing, even one that vanishes while being read', () => {
    const dataDir = tempDataDir();
    const services = servicesIn(dataDir);
    expect(services.workshops.get('missing-00000001')).toMatchObject({ ok: false, error: { code: 'not-found' } });

    // conf answers {} for a file removed between the existence check and the read.
    const vanishing: OpenStore = (options) => ({
      path: path.join(options.directory, `${options.name}.json`),
      read() {
        fs.rmSync(path.join(options.directory, `${options.name}.json`));
        return {};
      },
      write() {},
      prepare() {},
    });
    const collection = createDocumentCollection({ dataDir, folder: 'workshops', schema: z.object({ id: z.string() }), openStore: vanishing, label: 'Workshop' });
    fs.mkdirSync(path.join(dataDir, 'workshops'), { recursive: true });
    fs.writeFileSync(workshopFile(dataDir, 'vanish-00000001'), '{}');
    expect(collection.get('vanish-00000001')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(fs.existsSync(path.join(dataDir, 'quarantine'))).toBe(false);
  });

  it('keeps reporting a quarantined workshop after a restart, until it is restored', () => {
    const dataDir = tempDataDir();
    const services = servicesIn(dataDir);
    const doc = valueOf(services.workshops.create(details));
    valueOf(services.workshops.rename(doc.id, 'Good version'));
    fs.writeFileSync(workshopFile(dataDir, doc.id), 'garbage');
    expect(services.workshops.list().problems).toHaveLength(1);

    const restarted = servicesIn(dataDir);
    expect(restarted.workshops.list().problems).toMatchObject([{ id: doc.id, hasBackup: true }]);
    const restored = valueOf(restarted.backups.restoreLatest(doc.id));

    expect(restored.title).toBe('Kickoff');
    const listing = restarted.workshops.list();
    expect(listing.problems).toEqual([]);
    expect(listing.workshops.map((w) => w.id)).toEqual([doc.id]);
    expect(fs.readdirSync(path.join(quarantineDir(dataDir), 'resolved'))).toHaveLength(1);
  });
});

describe('a file written by a newer Baton', () => {
  it('is reported with a message to update, and left exactly as it is: not quarantined, not rewritten', () => {
    const dataDir = tempDataDir();
    const services = servicesIn(dataDir);
    const doc = valueOf(services.workshops.create(details));
    const newer = JSON.stringify({ ...doc, schemaVersion: 3, somethingNew: true });
    fs.writeFileSync(workshopFile(dataDir, doc.id), newer);
    const message = `workshops/${doc.id}.json was written by a newer Baton (schema version 3; this one reads up to 1). Update Baton to open it.`;

    expect(services.workshops.list().problems).toEqual([{ file: `workshops/${doc.id}.json`, id: doc.id, reason: message, message }]);
    expect(services.workshops.get(doc.id)).toEqual({ ok: false, error: { code: 'newer-version', message } });
    expect(services.workshops.rename(doc.id, 'Overwrite?')).toMatchObject({ ok: false, error: { code: 'newer-version' } });
    expect(services.backups.restoreLatest(doc.id)).toMatchObject({ ok: false });

    expect(fs.readFileSync(workshopFile(dataDir, doc.id), 'utf8')).toBe(newer);
    expect(fs.existsSync(path.join(dataDir, 'quarantine'))).toBe(false);
  });
});

describe('migrating older documents (with a made-up version 2)', () => {
  const version2: DocumentKind = { name: 'workshop', current: 2, oldest: 1, steps: { 1: (doc) => ({ ...doc, tags: [] }) } };
  const schema2 = z.object({ schemaVersion: z.literal(2), id: z.string(), title: z.string(), updatedAt: z.string(), tags: z.array(z.string()) });
  const version1 = { schemaVersion: 1, id: 'older-00000001', title: 'Older', updatedAt: '2026-11-01T09:00:00.000Z' };

  it('reads a version 1 file as version 2 without writing it, then writes version 2 on the next save, keeping version 1 as a backup', () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(path.join(dataDir, 'workshops'), { recursive: true });
    const text = JSON.stringify(version1);
    fs.writeFileSync(workshopFile(dataDir, version1.id), text);
    const collection = createDocumentCollection({ dataDir, folder: 'workshops', schema: schema2, openStore: openConfStore, label: 'Workshop', kind: version2, keepBackups: true });

    const read = valueOf(collection.get(version1.id));
    collection.list((d) => d.title);

    expect(read).toEqual({ ...version1, schemaVersion: 2, tags: [] });
    expect(fs.readFileSync(workshopFile(dataDir, version1.id), 'utf8')).toBe(text);

    collection.put({ ...read, title: 'Newer', updatedAt: '2026-11-02T09:00:00.000Z' });
    expect(JSON.parse(fs.readFileSync(workshopFile(dataDir, version1.id), 'utf8'))).toMatchObject({ schemaVersion: 2, tags: [] });
    const [backup] = collection.backups(version1.id);
    expect(fs.readFileSync(path.join(backupDir(dataDir, version1.id), backup!.file), 'utf8')).toBe(text);
    expect(valueOf(collection.readBackup(version1.id, backup!.file))).toMatchObject({ schemaVersion: 2, title: 'Older' });
  });
});

describe('reading a document again', () => {
  it('serves a file read or written before without reading it again, and rereads it once anything changes it', () => {
    const dataDir = tempDataDir();
    let reads = 0;
    const counting: OpenStore = (options) => {
      const store = openConfStore(options);
      return { path: store.path, read: () => (reads++, store.read()), write: (value) => store.write(value), prepare: (value) => store.prepare(value) };
    };
    const collection = createDocumentCollection({ dataDir, folder: 'workshops', schema: z.object({ id: z.string(), title: z.string() }), openStore: counting, label: 'Workshop', log: () => undefined });
    collection.put({ id: 'cached-00000001', title: 'First' });
    expect(valueOf(collection.get('cached-00000001')).title).toBe('First');
    expect(valueOf(collection.get('cached-00000001')).title).toBe('First');
    expect(reads).toBe(0);

    // Edited by hand, even to the same length: a new file (inode), so it is read again.
    const file = workshopFile(dataDir, 'cached-00000001');
    fs.writeFileSync(`${file}.new`, JSON.stringify({ id: 'cached-00000001', title: 'Other' }));
    fs.renameSync(`${file}.new`, file);
    expect(valueOf(collection.get('cached-00000001')).title).toBe('Other');
    expect(reads).toBe(1);

    // Rewritten in place with another length.
    fs.writeFileSync(file, JSON.stringify({ id: 'cached-00000001', title: 'Third one' }));
    expect(valueOf(collection.get('cached-00000001')).title).toBe('Third one');
    expect(reads).toBe(2);

    // Broken by hand: quarantined, not served from memory.
    fs.writeFileSync(file, 'not json at all, and longer than before');
    expect(collection.get('cached-00000001')).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(fs.readdirSync(quarantineDir(dataDir))).toHaveLength(1);
  });

  it('readies the next save of the version it holds, and of nothing else', () => {
    const dataDir = tempDataDir();
    const prepared: unknown[] = [];
    const watching: OpenStore = (options) => {
      const store = openConfStore(options);
      return { ...store, read: () => store.read(), write: (value) => store.write(value), prepare: (value) => (prepared.push(value), store.prepare(value)) };
    };
    const collection = createDocumentCollection({ dataDir, folder: 'workshops', schema: z.object({ id: z.string(), title: z.string() }), openStore: watching, label: 'Workshop', log: () => undefined });
    collection.put({ id: 'ready-00000001', title: 'Open me' });
    const doc = valueOf(collection.get('ready-00000001'));
    collection.prepareSave('ready-00000001');
    expect(prepared).toEqual([doc]);
    // Changed on disk since: the version in memory is not what the next save replaces.
    fs.writeFileSync(workshopFile(dataDir, 'ready-00000001'), JSON.stringify({ id: 'ready-00000001', title: 'Edited by hand' }));
    collection.prepareSave('ready-00000001');
    collection.prepareSave('missing-00000001');
    expect(prepared).toHaveLength(1);
  });

  it('names the backup by the save time inside the replaced file when the version in memory is not that file', () => {
    const dataDir = tempDataDir();
    const services = servicesIn(dataDir);
    const created = valueOf(services.workshops.create(details));
    // Another version put in place by hand, with its own save time.
    const file = workshopFile(dataDir, created.id);
    const handEdited = { ...JSON.parse(fs.readFileSync(file, 'utf8')), title: 'Edited by hand', updatedAt: '2026-01-02T03:04:05.000Z' };
    fs.writeFileSync(file, JSON.stringify(handEdited, null, '\t'));
    const bytes = fs.readFileSync(file);

    const fresh = servicesIn(dataDir);
    const current = valueOf(fresh.workshops.get(created.id));
    fs.writeFileSync(file, `${bytes.toString('utf8')}\n`);
    valueOf(fresh.workshops.saveOpen({ ...current, client: 'Saved after' }, current.updatedAt));

    const names = fs.readdirSync(backupDir(dataDir, created.id));
    expect(names).toContain(backupFileName(new Date('2026-01-02T03:04:05.000Z')));
  });
});
