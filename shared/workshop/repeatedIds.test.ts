import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkshopFile, workshopFileContent } from '../files/workshopFile';
import { reportTestWorkshop } from '../report/testing';
import { repeatedIdIssues } from './repeatedIds';
import type { WorkshopDocument } from './schema';

const doc = reportTestWorkshop({ extraNotes: ['One more', 'And another'] });

/** Every list of items with ids in the test workshop, as paths into the JSON file. */
function idLists(value: WorkshopDocument): string[][] {
  const found: string[][] = [];
  const walk = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) {
      if (node.length > 1 && node.every((item) => typeof (item as { id?: unknown })?.id === 'string')) found.push(path);
      node.forEach((item, i) => walk(item, [...path, String(i)]));
    } else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(value, []);
  return found;
}

describe('repeated ids in an imported workshop', () => {
  it('finds none in a workshop Baton made, which imports', () => {
    expect(repeatedIdIssues(doc)).toEqual([]);
    expect(parseWorkshopFile(workshopFileContent(doc)).ok).toBe(true);
  });

  it('refuses a file where any list repeats an id, naming both places', () => {
    const lists = idLists(doc);
    expect(lists.length).toBeGreaterThanOrEqual(5);
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.nat(), fc.nat(), (path, a, b) => {
        const file = JSON.parse(workshopFileContent(doc)) as Record<string, unknown>;
        const list = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], file) as { id: string }[];
        const [first, second] = [a % list.length, b % list.length].sort((x, y) => x - y);
        const later = first === second ? (second! + 1) % list.length : second!;
        const [i, j] = [Math.min(first!, later), Math.max(first!, later)];
        list[j]!.id = list[i]!.id;
        const result = parseWorkshopFile(JSON.stringify(file), 'team.baton.json');
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.message).toContain(`team.baton.json is not a valid workshop: ${path.join('.')}.${j}.id: repeats the id "${list[i]!.id}" of ${path.join('.')}.${i}`);
      }),
      { numRuns: 200 },
    );
  });
});
