// The built-in templates in assets/templates/ are valid, up to date with their source, and make
// workshops a facilitator can run.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateMinutes, workshopFromTemplate } from '../../shared/templates/convert';
import { parseTemplateFile, templateFileContent } from '../../shared/templates/templateFile';
import { workshopDocumentSchema } from '../../shared/workshop/schema';
import { BUILTIN_TEMPLATES } from '../../tests/fixtures/builtinTemplates';
import { assetsDir } from '../assetsDir';

const dir = path.join(assetsDir(), 'templates');
const fileOf = (id: string) => path.join(dir, `${id.replace(/^builtin-/, '')}.baton-template.json`);

if (process.env.UPDATE_TEMPLATES === '1') {
  fs.mkdirSync(dir, { recursive: true });
  for (const template of BUILTIN_TEMPLATES) fs.writeFileSync(fileOf(template.id), templateFileContent(template));
}

describe('built-in templates', () => {
  it('are at least four, each committed exactly as written (UPDATE_TEMPLATES=1 rewrites them)', () => {
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(4);
    expect(fs.readdirSync(dir).sort()).toEqual(BUILTIN_TEMPLATES.map((t) => path.basename(fileOf(t.id))).sort());
    for (const template of BUILTIN_TEMPLATES) expect(fs.readFileSync(fileOf(template.id), 'utf8'), template.id).toBe(templateFileContent(template));
  });

  it('file pricing and product disputes under economic friction', () => {
    const areas = BUILTIN_TEMPLATES.flatMap((t) => t.activities.filter((a) => a.kind === 'friction').flatMap((a) => a.board?.areas ?? []));
    expect(areas.length).toBeGreaterThan(0);
    for (const area of areas.filter((a) => /pric|product/i.test(`${a.title} ${a.hint}`))) expect(area.family, area.title).toBe('economic');
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.name, t] as const))('%s survives a schema round trip', (_name, template) => {
    const parsed = parseTemplateFile(fs.readFileSync(fileOf(template.id), 'utf8'), template.id);
    expect(parsed).toEqual({ ok: true, value: template });
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.name, t] as const))('%s has a realistic agenda with notes for the facilitator', (_name, template) => {
    const minutes = templateMinutes(template);
    expect(minutes).toBeGreaterThanOrEqual(120);
    expect(minutes).toBeLessThanOrEqual(8 * 60);
    expect(template.activities[0]!.kind).toBe('welcome');
    expect(template.activities.at(-1)!.kind).toBe('action-planning');
    for (const a of template.activities.filter((x) => x.kind !== 'break')) expect(a.notes.length, a.title).toBeGreaterThan(20);
    let id = 0;
    const doc = workshopFromTemplate(template, { title: 'From a template', client: '', date: '', facilitator: '' }, { workshop: 'tmpl-00000001', newId: () => `t${++id}` }, '2026-11-25T09:00:00.000Z');
    expect(workshopDocumentSchema.parse(doc)).toEqual(doc);
  });
});
