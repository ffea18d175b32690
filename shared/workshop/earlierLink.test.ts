import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../result';
import { clientKey, sameClient } from './clients';
import { CHAIN_MAX, leadsTo, linkCandidates, linkProblem, linksOf, loadEarlierChain } from './earlierLink';
import { workshopDocumentSchema, type WorkshopDocument, type WorkshopSummary } from './schema';

const summary = (id: string, fields: Partial<WorkshopSummary> = {}): WorkshopSummary => ({
  id,
  title: id,
  client: '',
  date: '',
  facilitator: '',
  updatedAt: '2026-11-01T09:00:00.000Z',
  earlierWorkshopId: null,
  ...fields,
});

const doc = (id: string, earlierWorkshopId: string | null): WorkshopDocument =>
  workshopDocumentSchema.parse({
    schemaVersion: 1,
    id,
    title: id,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    earlierWorkshopId,
  });

describe('clientKey and sameClient', () => {
  it('match client names whatever their case and spacing', () => {
    expect(clientKey('  Northwind   Instruments ')).toBe('northwind instruments');
    expect(sameClient('NORTHWIND\tinstruments', 'Northwind Instruments')).toBe(true);
    expect(sameClient('Northwind', 'Northwind Ltd')).toBe(false);
  });

  it('match composed and decomposed accents, and never match a blank name', () => {
    expect(sameClient('Société Générale', 'SOCIE\u0301TE\u0301 générale')).toBe(true);
    expect(sameClient('', '')).toBe(false);
    expect(sameClient('  ', ' ')).toBe(false);
  });
});

describe('linkProblem', () => {
  const links = linksOf([summary('q1-000000'), summary('q2-000000', { earlierWorkshopId: 'q1-000000' }), summary('q3-000000', { earlierWorkshopId: 'q2-000000' })]);

  it('refuses a link to the workshop itself', () => {
    expect(linkProblem('q1-000000', 'q1-000000', links)).toBe('A workshop cannot be linked to itself.');
  });

  it('refuses a link to a workshop that already follows this one, however far down', () => {
    expect(linkProblem('q1-000000', 'q2-000000', links)).toMatch(/loop/);
    expect(linkProblem('q1-000000', 'q3-000000', links)).toMatch(/loop/);
    expect(linkProblem('q2-000000', 'q3-000000', links)).toMatch(/loop/);
  });

  it('allows a link backwards, to an unknown workshop, or no link at all', () => {
    expect(linkProblem('q3-000000', 'q1-000000', links)).toBeNull();
    expect(linkProblem('q3-000000', 'gone-00000', links)).toBeNull();
    expect(linkProblem('q3-000000', null, links)).toBeNull();
  });

  it('never lets a link close a loop through the linked workshop (any link graph)', () => {
    const ids = ['a-0000000', 'b-0000000', 'c-0000000', 'd-0000000', 'e-0000000'];
    const id = fc.constantFrom(...ids);
    fc.assert(
      fc.property(fc.dictionary(id, fc.option(id, { nil: null })), id, id, (graph, from, to) => {
        const linkOf = (x: string) => graph[x];
        if (linkProblem(from, to, linkOf) !== null) return;
        const after = (x: string) => (x === from ? to : graph[x]);
        // Walking on from the workshop it now links to never comes back to it.
        expect(leadsTo(to, from, after)).toBe(false);
      }),
    );
  });

  it('terminates on a loop already present in the files', () => {
    const looped = linksOf([summary('x-0000000', { earlierWorkshopId: 'y-0000000' }), summary('y-0000000', { earlierWorkshopId: 'x-0000000' })]);
    expect(leadsTo('x-0000000', 'z-0000000', looped)).toBe(false);
  });
});

describe('linkCandidates', () => {
  const current = summary('now-00000', { client: 'Northwind Instruments', date: '2026-11-20' });
  const workshops = [
    current,
    summary('other-old', { client: 'Acme', date: '2026-02-01' }),
    summary('nw-spring', { client: 'northwind  instruments', date: '2026-05-10' }),
    summary('nw-summer', { client: 'NORTHWIND INSTRUMENTS', date: '2026-08-15' }),
    summary('nw-future', { client: 'Northwind Instruments', date: '2027-02-01' }),
    summary('nw-undated', { client: 'Northwind Instruments', updatedAt: '2026-03-01T10:00:00.000Z' }),
    summary('other-new', { client: 'Acme', date: '2026-10-01' }),
    summary('follower0', { client: 'Northwind Instruments', date: '2027-05-01', earlierWorkshopId: 'now-00000' }),
    summary('follower1', { client: 'Acme', date: '2027-06-01', earlierWorkshopId: 'follower0' }),
  ];

  it("suggests the same client's workshops first, the latest held before this one first", () => {
    const { suggested, others } = linkCandidates(current, workshops);
    expect(suggested.map((w) => w.id)).toEqual(['nw-summer', 'nw-spring', 'nw-undated', 'nw-future']);
    expect(others.map((w) => w.id)).toEqual(['other-new', 'other-old']);
  });

  it('leaves out the workshop itself and those that already follow it, and counts the latter', () => {
    const { suggested, others, followers } = linkCandidates(current, workshops);
    const offered = [...suggested, ...others].map((w) => w.id);
    expect(offered).not.toContain('now-00000');
    expect(offered).not.toContain('follower0');
    expect(offered).not.toContain('follower1');
    expect(followers).toBe(2);
  });

  it('suggests nothing for a workshop without a client name', () => {
    const { suggested, others } = linkCandidates({ ...current, client: ' ' }, workshops);
    expect(suggested).toEqual([]);
    expect(others).toHaveLength(6);
  });
});

describe('loadEarlierChain', () => {
  const store = (docs: WorkshopDocument[]) => {
    const byId = new Map(docs.map((d) => [d.id, d]));
    const reads: string[] = [];
    const load = async (id: string) => {
      reads.push(id);
      const found = byId.get(id);
      if (id.startsWith('broken')) return fail('storage', `workshops/${id}.json could not be read: Unexpected end of JSON input`);
      return found ? ok(found) : fail('not-found', `Workshop ${id} was not found.`);
    };
    return { load, reads };
  };

  it('follows the links back to the first workshop, the nearest first, reporting progress', async () => {
    const { load } = store([doc('q1-000000', null), doc('q2-000000', 'q1-000000'), doc('q3-000000', 'q2-000000')]);
    const progress: number[] = [];
    const chain = await loadEarlierChain(doc('q4-000000', 'q3-000000'), load, (n) => progress.push(n));
    expect(chain.earlier.map((d) => d.id)).toEqual(['q3-000000', 'q2-000000', 'q1-000000']);
    expect(chain.end).toEqual({ kind: 'complete' });
    expect(progress).toEqual([1, 2, 3]);
  });

  it('loads nothing for a workshop that is not linked', async () => {
    const { load, reads } = store([]);
    expect(await loadEarlierChain(doc('q1-000000', null), load)).toEqual({ earlier: [], end: { kind: 'complete' } });
    expect(reads).toEqual([]);
  });

  it('stops at a deleted workshop and at an unreadable one, keeping what was read', async () => {
    const { load } = store([doc('q2-000000', 'gone-0000'), doc('q3-000000', 'broken-00')]);
    expect(await loadEarlierChain(doc('q4-000000', 'q2-000000'), load)).toMatchObject({ earlier: [{ id: 'q2-000000' }], end: { kind: 'missing', id: 'gone-0000' } });
    const unreadable = await loadEarlierChain(doc('q4-000000', 'q3-000000'), load);
    expect(unreadable.end).toEqual({ kind: 'unreadable', id: 'broken-00', message: 'workshops/broken-00.json could not be read: Unexpected end of JSON input' });
    expect(unreadable.earlier.map((d) => d.id)).toEqual(['q3-000000']);
  });

  it('stops at a loop, reading each workshop once, even one back to the open workshop', async () => {
    const { load, reads } = store([doc('x-0000000', 'y-0000000'), doc('y-0000000', 'x-0000000'), doc('z-0000000', 'now-00000')]);
    const looped = await loadEarlierChain(doc('now-00000', 'x-0000000'), load);
    expect(looped).toMatchObject({ end: { kind: 'loop', id: 'x-0000000' } });
    expect(reads).toEqual(['x-0000000', 'y-0000000']);
    expect((await loadEarlierChain(doc('now-00000', 'z-0000000'), load)).end).toEqual({ kind: 'loop', id: 'now-00000' });
  });

  it(`loads at most ${CHAIN_MAX} earlier workshops`, async () => {
    const id = (n: number) => `w-${String(n).padStart(8, '0')}`;
    const docs = Array.from({ length: 20 }, (_, n) => doc(id(n), n === 0 ? null : id(n - 1)));
    const { load, reads } = store(docs);
    const chain = await loadEarlierChain(doc('now-00000', id(19)), load);
    expect(chain.earlier).toHaveLength(CHAIN_MAX);
    expect(chain.end).toEqual({ kind: 'limit' });
    expect(reads).toHaveLength(CHAIN_MAX);
  });
});
