import { describe, expect, it } from 'vitest';
import type { WorkshopSummary } from './schema';
import { copyTitle, importedTitle, sortByLastChange } from './summary';

const summary = (title: string, updatedAt: string): WorkshopSummary => ({
  id: `${title.toLowerCase()}-00000000`,
  title,
  client: '',
  date: '',
  facilitator: '',
  updatedAt,
  earlierWorkshopId: null,
});

describe('sortByLastChange', () => {
  it('lists the most recently changed workshop first, ties by title', () => {
    const sorted = sortByLastChange([
      summary('Old', '2026-01-01T00:00:00.000Z'),
      summary('Beta', '2026-06-01T00:00:00.000Z'),
      summary('Alpha', '2026-06-01T00:00:00.000Z'),
      summary('New', '2026-11-01T00:00:00.000Z'),
    ]);
    expect(sorted.map((s) => s.title)).toEqual(['New', 'Alpha', 'Beta', 'Old']);
  });
});

describe('copyTitle', () => {
  it('appends (copy), then numbers further copies without clashing', () => {
    expect(copyTitle('Kickoff', ['Kickoff'])).toBe('Kickoff (copy)');
    expect(copyTitle('Kickoff', ['Kickoff', 'Kickoff (copy)'])).toBe('Kickoff (copy 2)');
    expect(copyTitle('Kickoff (copy)', ['Kickoff', 'Kickoff (copy)'])).toBe('Kickoff (copy 2)');
  });

  it('keeps the copy within the 200-character title limit', () => {
    const copy = copyTitle('x'.repeat(200), []);
    expect(copy).toHaveLength(200);
    expect(copy.endsWith(' (copy)')).toBe(true);
  });
});

describe('importedTitle', () => {
  it('keeps a new title and marks one already taken, within the 200-character limit', () => {
    expect(importedTitle('Kickoff', ['Review'])).toBe('Kickoff');
    expect(importedTitle('Kickoff', ['Kickoff'])).toBe('Kickoff (imported)');
    const long = importedTitle('x'.repeat(200), ['x'.repeat(200)]);
    expect(long).toHaveLength(200);
    expect(long.endsWith(' (imported)')).toBe(true);
  });
});
