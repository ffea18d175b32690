import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientGroups, filterWorkshops, NO_CLIENT } from './clients';

const w = (title: string, client = '') => ({ title, client });
const list = [w('Kickoff', 'Northwind'), w('Re-check', 'northwind '), w('Offsite', 'Société Générale'), w('Solo day'), w('Pilot', 'Acme')];

describe('clients on the home screen', () => {
  it('groups workshops by client whatever the case and spacing, A–Z, those without a client last', () => {
    expect(clientGroups(list)).toEqual([
      { client: 'Acme', count: 1 },
      { client: 'Northwind', count: 2 },
      { client: 'Société Générale', count: 1 },
      { client: NO_CLIENT, count: 1 },
    ]);
    expect(clientGroups([])).toEqual([]);
  });

  it('filters by client, and by words in the title or client name in any order, ignoring case and accents', () => {
    expect(filterWorkshops(list, { query: '', client: 'NORTHWIND' }).map((x) => x.title)).toEqual(['Kickoff', 'Re-check']);
    expect(filterWorkshops(list, { query: '', client: NO_CLIENT }).map((x) => x.title)).toEqual(['Solo day']);
    expect(filterWorkshops(list, { query: 'societe', client: null }).map((x) => x.title)).toEqual(['Offsite']);
    expect(filterWorkshops(list, { query: 'check north', client: null }).map((x) => x.title)).toEqual(['Re-check']);
    expect(filterWorkshops(list, { query: 'kickoff', client: 'Acme' })).toEqual([]);
    expect(filterWorkshops(list, { query: '  ', client: null })).toEqual(list);
  });

  it('counts every workshop once and finds each by its own title', () => {
    const item = fc.record({ title: fc.string({ minLength: 1, maxLength: 20 }), client: fc.string({ maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        expect(clientGroups(items).reduce((sum, g) => sum + g.count, 0)).toBe(items.length);
        for (const group of clientGroups(items)) expect(filterWorkshops(items, { query: '', client: group.client })).toHaveLength(group.count);
        for (const x of items) expect(filterWorkshops(items, { query: x.title, client: null })).toContain(x);
      }),
    );
  });
});
