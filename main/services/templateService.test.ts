import { describe, expect, it } from 'vitest';
import { activityDesign } from '../../shared/templates/convert';
import type { Template } from '../../shared/templates/schema';
import { templateFileContent } from '../../shared/templates/templateFile';
import { openConfStore } from '../storage/confStore';
import { fixedClock } from '../testing/fixedClock';
import { tempDataDir } from '../testing/tempDir';
import { createServices } from './createServices';
import { valueOf } from '../testing/valueOf';

function services(dataDir = tempDataDir()) {
  return createServices({ dataDir, openStore: openConfStore, clock: fixedClock(), log: () => undefined });
}

const details = { title: 'Acme day', client: 'Acme', date: '', facilitator: '' };

describe('templates', () => {
  it('lists the read-only built-ins first, then the facilitator’s own', () => {
    const s = services();
    valueOf(s.templates.duplicate('builtin-half-day'));
    const list = s.templates.list();
    expect(list.problems).toEqual([]);
    expect(list.templates.filter((t) => t.builtIn).map((t) => t.name)).toContain('Full-day alignment workshop');
    expect(list.templates.at(-1)).toMatchObject({ name: 'Half day: diagnostic and action plan (copy)', builtIn: false });
    expect(s.templates.rename('builtin-full-day', 'Mine now')).toMatchObject({ ok: false, error: { message: expect.stringContaining('Duplicate it') } });
    expect(s.templates.remove('builtin-full-day').ok).toBe(false);
  });

  it('starts a workshop from a template with a copy of its agenda', () => {
    const s = services();
    const template = valueOf(s.templates.get('builtin-handoff'));
    const doc = valueOf(s.templates.createWorkshop('builtin-handoff', details));
    expect(doc.agenda.map(activityDesign)).toEqual(template.activities);
    expect(valueOf(s.workshops.get(doc.id)).title).toBe('Acme day');
  });

  it('saves a workshop’s design as a template, edits and renames it, and deletes it', () => {
    const s = services();
    const workshop = valueOf(s.templates.createWorkshop('builtin-full-day', details));
    const saved = valueOf(s.templates.saveFromWorkshop(workshop.id, 'Acme format', 'What worked at Acme'));
    expect(saved.activities).toHaveLength(workshop.agenda.length);
    const edited = valueOf(s.templates.update({ ...saved, activities: saved.activities.slice(1) }));
    expect(edited.activities).toHaveLength(workshop.agenda.length - 1);
    expect(valueOf(s.templates.rename(saved.id, 'Acme format v2')).name).toBe('Acme format v2');
    // The workshop made earlier is untouched by the template's edits.
    expect(valueOf(s.workshops.get(workshop.id)).agenda).toHaveLength(workshop.agenda.length);
    expect(s.templates.remove(saved.id).ok).toBe(true);
    expect(s.templates.list().templates.some((t) => t.id === saved.id)).toBe(false);
  });

  it('refuses an invalid edit with the field named, leaving the stored template as it was', () => {
    const s = services();
    const copy = valueOf(s.templates.duplicate('builtin-quarterly'));
    expect(() => s.templates.update({ ...copy, activities: [{ ...copy.activities[0]!, minutes: -5 }] } as Template)).toThrow();
    expect(valueOf(s.templates.get(copy.id)).activities).toEqual(copy.activities);
  });

  it('exports a template to a file and imports it into a fresh data folder with the same agenda', () => {
    const source = services();
    const copy = valueOf(source.templates.duplicate('builtin-messaging'));
    const file = valueOf(source.templates.fileContent(copy.id));
    const target = services();
    const preview = valueOf(target.templates.importFile('shared.baton-template.json', file.content, 'preview'));
    expect(preview).toMatchObject({ status: 'preview', clash: null, template: { name: copy.name } });
    expect(target.templates.list().templates.some((t) => t.name === copy.name)).toBe(false);
    const imported = valueOf(target.templates.importFile('shared.baton-template.json', file.content, 'rename'));
    expect(imported.status === 'imported' && imported.template.activities).toEqual(copy.activities);
  });

  it('offers rename or replace when a template of the same name exists', () => {
    const s = services();
    const mine = valueOf(s.templates.duplicate('builtin-messaging'));
    const incoming = templateFileContent({ ...mine, description: 'From a colleague' });
    expect(valueOf(s.templates.importFile('x.baton-template.json', incoming, 'preview'))).toMatchObject({ clash: { id: mine.id, name: mine.name } });
    const renamed = valueOf(s.templates.importFile('x.baton-template.json', incoming, 'rename'));
    expect(renamed.template.name).toBe(`${mine.name} (2)`);
    const replaced = valueOf(s.templates.importFile('x.baton-template.json', incoming, 'replace'));
    expect(replaced.template).toMatchObject({ id: mine.id, description: 'From a colleague' });
  });

  it('refuses a bad template file with a message naming the field, importing nothing', () => {
    const s = services();
    const before = s.templates.list().templates.length;
    const bad = JSON.stringify({ kind: 'template', schemaVersion: 1, id: 'bad-00000001', name: 'Bad', activities: [{ kind: 'karaoke' }], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });
    const result = s.templates.importFile('bad.baton-template.json', bad, 'rename');
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error.message).toContain('bad.baton-template.json is not a valid template: activities.0.kind: must be one of');
    expect(s.templates.importFile('w.json', JSON.stringify({ kind: 'workshop' }), 'preview')).toMatchObject({
      ok: false,
      error: { message: 'w.json holds a Baton workshop, not a template.' },
    });
    expect(s.templates.list().templates).toHaveLength(before);
  });
});
