import { describe, expect, it } from 'vitest';
import { reportTestWorkshop } from '../report/testing';
import { BUILTIN_TEMPLATES } from '../../tests/fixtures/builtinTemplates';
import { activityDesign, templateFromWorkshop, workshopFromTemplate } from './convert';
import { templateSchema } from './schema';

let n = 0;
const newId = () => `c-${String(++n).padStart(6, '0')}`;
const details = { title: 'Acme day', client: 'Acme', date: '2026-12-01', facilitator: 'Sam' };

describe('saving a workshop as a template', () => {
  it('keeps the design and strips every note, answer, participant, action, timer and status', () => {
    const doc = reportTestWorkshop({ overrides: { settings: { anonymous: true, paperSize: 'letter' } } });
    doc.agenda[0]!.status = 'done';
    const template = templateFromWorkshop(doc, { id: 'tmpl-00000001', name: 'Acme design', description: '', now: '2026-11-25T09:00:00.000Z' });
    expect(templateSchema.parse(template)).toEqual(template);
    const text = JSON.stringify(template);
    for (const content of ['Brand ads eat the budget', 'Hospitals fear downtime', 'Who decides the budget', 'Agree lead definitions', 'Bo Berg', 'Ann']) {
      expect(text, content).not.toContain(content);
    }
    expect(template.settings).toEqual({ anonymous: true, paperSize: 'letter' });
    expect(template.activities.map((a) => a.kind)).toEqual(doc.agenda.map((a) => a.kind));
    expect(template.activities[0]!.board?.areas.map((a) => a.title)).toEqual(doc.agenda[0]!.board?.areas.map((a) => a.title));
    expect(template.activities[2]!.stages).toEqual(['Awareness', 'Interest', 'Consideration', 'Intent', 'Purchase', 'Loyalty']);
  });
});

describe('a workshop from a template', () => {
  const template = BUILTIN_TEMPLATES[0]!;

  it('copies the design with fresh ids, empty boards and nothing started', () => {
    const doc = workshopFromTemplate(template, details, { workshop: 'work-00000001', newId }, '2026-11-25T09:00:00.000Z');
    expect(doc).toMatchObject({ ...details, id: 'work-00000001', diagnostic: { participants: [] }, actions: [] });
    expect(doc.agenda.map(activityDesign)).toEqual(template.activities);
    expect(doc.agenda.every((a) => a.status === 'not-started' && (a.board?.notes.length ?? 0) === 0)).toBe(true);
    const ids = doc.agenda.flatMap((a) => [a.id, ...(a.board?.areas.map((x) => x.id) ?? [])]);
    expect(new Set(ids).size).toBe(ids.length);
    const handoff = doc.agenda.find((a) => a.kind === 'handoff')!;
    expect(handoff.handoff!.stages.map((s) => s.id)).toEqual(handoff.board!.areas.map((a) => a.id));
  });

  it('is a copy: editing the template later never changes the workshop', () => {
    const copy = structuredClone(template);
    const doc = workshopFromTemplate(copy, details, { workshop: 'work-00000002', newId }, '2026-11-25T09:00:00.000Z');
    const before = JSON.stringify(doc);
    copy.activities[0]!.title = 'Changed later';
    copy.activities[2]!.board!.areas[0]!.title = 'Changed area';
    copy.activities.splice(1, 1);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
