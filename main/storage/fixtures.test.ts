// Files exactly as earlier releases wrote them (see fixtures/README.md) still open with today's
// code, keep what they held, and survive a save with the old bytes kept as a backup.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentKinds } from '../../shared/storage/migrations';
import { createServices } from '../services/createServices';
import { fixedClock } from '../testing/fixedClock';
import { tempDataDir } from '../testing/tempDir';
import { openConfStore } from './confStore';
import { valueOf } from '../testing/valueOf';

const fixturesDir = path.join(import.meta.dirname, 'fixtures');
const fixtures = fs.readdirSync(fixturesDir).filter((name) => name.endsWith('.json'));
const workshopFixtures = fixtures.filter((name) => name.startsWith('workshop-'));

function servicesWith(file: string, as: string) {
  const dataDir = tempDataDir();
  fs.mkdirSync(path.dirname(path.join(dataDir, as)), { recursive: true });
  fs.copyFileSync(path.join(fixturesDir, file), path.join(dataDir, as));
  return { dataDir, services: createServices({ dataDir, openStore: openConfStore, clock: fixedClock('2027-01-01T09:00:00.000Z'), log: () => undefined }) };
}

describe('stored files from earlier releases', () => {
  it('include one of every schema version each kind of document has had', () => {
    for (const [name, kind] of Object.entries(documentKinds)) {
      for (let version = kind.oldest; version <= kind.current; version++) {
        expect(fixtures.some((f) => f.startsWith(`${name}-v${version}-`)), `${name} version ${version}`).toBe(true);
      }
    }
  });

  it.each(workshopFixtures)('%s opens, keeps its content, and survives a save', (file) => {
    const raw = JSON.parse(fs.readFileSync(path.join(fixturesDir, file), 'utf8'));
    const { dataDir, services } = servicesWith(file, `workshops/${raw.id}.json`);

    const doc = valueOf(services.workshops.get(raw.id));
    expect(doc).toMatchObject(raw);
    expect(doc.schemaVersion).toBe(documentKinds.workshop.current);
    expect(services.workshops.list()).toMatchObject({ workshops: [{ id: raw.id, title: raw.title }], problems: [] });

    valueOf(services.workshops.rename(raw.id, `${raw.title} (reopened)`));
    expect(valueOf(services.workshops.get(raw.id))).toMatchObject({ ...raw, title: `${raw.title} (reopened)`, updatedAt: expect.any(String) });
    const [backup] = fs.readdirSync(path.join(dataDir, 'backups', raw.id));
    expect(fs.readFileSync(path.join(dataDir, 'backups', raw.id, backup!))).toEqual(fs.readFileSync(path.join(fixturesDir, file)));
  });

  it('a first-release workshop gains today’s empty agenda, diagnostic, action plan and settings', () => {
    const { services } = servicesWith('workshop-v1-first-release.json', 'workshops/first-release-0001.json');
    expect(valueOf(services.workshops.get('first-release-0001'))).toMatchObject({
      settings: { anonymous: false },
      agenda: [],
      diagnostic: { participants: [], advisor: {}, targetLevel: null },
      actions: [],
      commitments: { sales: { head: '', statement: '' }, marketing: { head: '', statement: '' } },
      runtime: { currentActivityId: null, timers: {} },
    });
  });

  it('a workshop saved before invisible and control characters were refused still opens, nothing set aside', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'workshop-v1-agenda-boards.json'), 'utf8'));
    raw.title = '\u200B\u200B';
    raw.client = 'Contoso\u001B[31m';
    const board = raw.agenda[1].board;
    board.areas[0].title = '\u0007Budget';
    board.notes = [{ id: 'n-1', areaId: board.areas[0].id, text: '\u202E', team: 'sales' }, { id: 'n-2', areaId: board.areas[0].id, text: 'One\r\ntwo\u0000', team: 'sales' }];
    const dataDir = tempDataDir();
    fs.mkdirSync(path.join(dataDir, 'workshops'));
    fs.writeFileSync(path.join(dataDir, 'workshops', `${raw.id}.json`), JSON.stringify(raw));
    const services = createServices({ dataDir, openStore: openConfStore, clock: fixedClock('2027-01-01T09:00:00.000Z'), log: () => undefined });

    const doc = valueOf(services.workshops.get(raw.id));
    expect(doc.title).toBe('[U+200B U+200B]');
    expect(doc.client).toBe('Contoso[31m');
    expect(doc.agenda[1]!.board!.areas[0]!.title).toBe('Budget');
    expect(doc.agenda[1]!.board!.notes.map((n) => n.text)).toEqual(['[U+202E]', 'One\ntwo']);
    expect(services.workshops.list().problems).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'quarantine'))).toBe(false);
  });

  it('settings-v1-first-release.json opens with its theme and today’s defaults for newer preferences', () => {
    const { services } = servicesWith('settings-v1-first-release.json', 'settings.json');
    expect(valueOf(services.settings.get())).toMatchObject({ theme: 'contrast', paperSize: 'a4', chime: true });
  });
});

describe('stored templates from earlier releases', () => {
  it.each(fixtures.filter((name) => name.startsWith('template-')))('%s opens with its agenda and can start a workshop', (file) => {
    const raw = JSON.parse(fs.readFileSync(path.join(fixturesDir, file), 'utf8'));
    const { services } = servicesWith(file, `templates/${raw.id}.json`);
    expect(valueOf(services.templates.get(raw.id))).toMatchObject({ ...raw, builtIn: false });
    const workshop = valueOf(services.templates.createWorkshop(raw.id, { title: 'From an old template', client: '', date: '', facilitator: '' }));
    expect(workshop.agenda).toHaveLength(raw.activities.length);
  });
});
