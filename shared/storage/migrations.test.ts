// The migration registry and runner, exercised with a made-up version 2 of the workshop.
import { describe, expect, it } from 'vitest';
import { documentKinds, migrateForward, type DocumentKind } from './migrations';

// A made-up version 2 of the workshop, as the next schema change would add it: one step, and the
// runner sets the version. Only this test knows about it.
const withVersion2: DocumentKind = {
  name: 'workshop',
  current: 2,
  oldest: 1,
  steps: { 1: (doc) => ({ ...doc, tags: [] }) },
};

describe('the migration registry', () => {
  it.each(Object.entries(documentKinds))('has a step for every version of %s documents it reads', (_name, kind) => {
    for (let version = kind.oldest; version < kind.current; version++) expect(kind.steps[version], `step ${version}`).toBeTypeOf('function');
    expect(Object.keys(kind.steps).map(Number).every((v) => v >= kind.oldest && v < kind.current)).toBe(true);
  });

  it('lifts a version 1 document to version 2 with the step and sets the version', () => {
    const result = migrateForward(withVersion2, { schemaVersion: 1, id: 'abc', title: 'Kickoff' }, 'workshops/abc.json');
    expect(result).toEqual({ ok: true, value: { schemaVersion: 2, id: 'abc', title: 'Kickoff', tags: [] } });
  });

  it('runs the steps in order over several versions', () => {
    const kind: DocumentKind = { ...withVersion2, current: 3, steps: { ...withVersion2.steps, 2: (doc) => ({ ...doc, tags: ['from 2'] }) } };
    expect(migrateForward(kind, { schemaVersion: 1 }, 'x')).toEqual({ ok: true, value: { schemaVersion: 3, tags: ['from 2'] } });
  });

  it('leaves a current document as it is', () => {
    const doc = { schemaVersion: 2, tags: ['a'] };
    expect(migrateForward(withVersion2, doc, 'x')).toEqual({ ok: true, value: doc });
  });

  it('refuses a document from a newer Baton with a message saying to update', () => {
    expect(migrateForward(documentKinds.workshop, { schemaVersion: 3 }, 'workshops/abc.json')).toEqual({
      ok: false,
      error: {
        code: 'newer-version',
        message: 'workshops/abc.json was written by a newer Baton (schema version 3; this one reads up to 1). Update Baton to open it.',
      },
    });
  });

  it('leaves documents without a whole-number version to the schema, which names the field', () => {
    for (const raw of [null, [], 'text', { title: 'x' }, { schemaVersion: '1' }, { schemaVersion: 1.5 }]) {
      expect(migrateForward(withVersion2, raw, 'x')).toEqual({ ok: true, value: raw });
    }
  });

  it('reports a version older than any supported, and a step that fails, as readable messages', () => {
    expect(migrateForward(withVersion2, { schemaVersion: 0 }, 'x.json')).toMatchObject({ ok: false, error: { message: 'x.json has schema version 0, older than any this Baton reads (from 1).' } });
    const broken: DocumentKind = { ...withVersion2, steps: { 1: () => { throw new Error('agenda is missing'); } } };
    expect(migrateForward(broken, { schemaVersion: 1 }, 'x.json')).toMatchObject({ ok: false, error: { message: 'x.json could not be upgraded from schema version 1: agenda is missing' } });
  });
});
