import { describe, expect, it } from 'vitest';
import { loadEarlierChain, type LinkedWorkshop } from './chain';

const store = (...docs: LinkedWorkshop[]) => new Map(docs.map((d) => [d.id, d]));
const w = (id: string, earlierWorkshopId: string | null = null): LinkedWorkshop => ({ id, earlierWorkshopId });

describe('loadEarlierChain', () => {
  it('follows the links newest first', async () => {
    const docs = store(w('c', 'b'), w('b', 'a'), w('a'));
    expect((await loadEarlierChain(docs.get('c')!, (id) => docs.get(id) ?? null)).map((d) => d.id)).toEqual(['c', 'b', 'a']);
  });

  it('is the workshop alone when it links to nothing', async () => {
    expect(await loadEarlierChain(w('a'), () => null)).toEqual([w('a')]);
  });

  it('ends at a missing or unreadable earlier workshop without failing', async () => {
    const docs = store(w('c', 'b'), w('b', 'gone'));
    expect((await loadEarlierChain(docs.get('c')!, (id) => docs.get(id) ?? null)).map((d) => d.id)).toEqual(['c', 'b']);
    const throwing = async (id: string) => {
      if (id === 'b') throw new Error('quarantined');
      return null;
    };
    expect((await loadEarlierChain(w('c', 'b'), throwing)).map((d) => d.id)).toEqual(['c']);
  });

  it('stops at a cycle, including a workshop linked to itself', async () => {
    const docs = store(w('c', 'b'), w('b', 'a'), w('a', 'c'));
    expect((await loadEarlierChain(docs.get('c')!, (id) => docs.get(id) ?? null)).map((d) => d.id)).toEqual(['c', 'b', 'a']);
    expect(await loadEarlierChain(w('x', 'x'), () => w('x', 'x'))).toEqual([w('x', 'x')]);
  });

  it('stops at the length guard', async () => {
    const load = (id: string) => w(id, String(Number(id) + 1));
    expect(await loadEarlierChain(w('0', '1'), load, 5)).toHaveLength(5);
  });
});
