import { describe, expect, it } from 'vitest';
import { runCli } from './baton';
import { fakeIo } from './testing';

const header = 'participant,team,' + Array.from({ length: 20 }, (_, i) => `s${i + 1}`).join(',');
const row = (name: string, team: string, answers: (number | '')[]) => [name, team, ...answers].join(',');
const twenty = (v: number) => Array<number>(20).fill(v);

const csv = [
  header,
  row('Ann', 'sales', twenty(3)),
  row('', 'Sales', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
  row('Cy', 'marketing', [4, 4, 4, 4, 4, 4, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, '', '']),
  row('Dee', 'other', [1, 1, 1, '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '']),
].join('\n');

describe('baton score', () => {
  it('prints exactly the documented JSON shape with --json', async () => {
    const { io, stdout, stderr } = fakeIo({ 'a.csv': csv });
    expect(await runCli(['score', 'a.csv', '--json'], io)).toBe(0);
    expect(stderr()).toBe('');
    const json = JSON.parse(stdout());
    expect(Object.keys(json)).toEqual(['participants', 'teams', 'overall', 'gaps', 'subscores']);
    expect(json.participants).toEqual([
      { participant: 'Ann', team: 'sales', answered: 20, total: 60, prorated: false, counted: true, level: 'Aligned' },
      { participant: 'Sales 2', team: 'sales', answered: 20, total: 40, prorated: false, counted: true, level: 'Defined' },
      { participant: 'Cy', team: 'marketing', answered: 18, total: 81, prorated: true, counted: true, level: 'Integrated' },
      { participant: 'Dee', team: 'other', answered: 3, total: null, prorated: false, counted: false, level: null },
    ]);
    expect(json.teams).toEqual({ sales: { n: 2, mean: 50, level: 'Defined' }, marketing: { n: 1, mean: 81, level: 'Integrated' } });
    expect(json.overall).toEqual({ mean: 65.5, level: 'Aligned', warning: null });
    expect(json.gaps[0]).toEqual({ statement: 7, sales: 2.5, marketing: 5, gap: 2.5 });
    expect(Object.keys(json.subscores)).toEqual(['sales', 'marketing']);
    expect(json.subscores.sales.forecasting).toBe(2.5);
  });

  it('prints a readable summary without --json', async () => {
    const { io, stdout } = fakeIo({ 'a.csv': csv });
    expect(await runCli(['score', 'a.csv'], io)).toBe(0);
    expect(stdout()).toContain('Overall          65.5   Aligned');
    expect(stdout()).toContain('Common vocabulary');
    expect(stdout()).toContain('Not counted (fewer than 16 answers): Dee (3/20)');
    expect(stdout()).toContain('Harvard Business Review');
  });

  it('exits 2 with line and column messages on stderr, and nothing on stdout, for a bad file', async () => {
    const bad = [header, row('Ann', 'sales', [...twenty(3).slice(0, 6), 9, ...twenty(3).slice(7)]), row('Bo', 'finance', twenty(3))].join('\n');
    const { io, stdout, stderr } = fakeIo({ 'bad.csv': bad });
    expect(await runCli(['score', 'bad.csv', '--json'], io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toContain('bad.csv: line 2, s7: must be a whole number 1–5, got "9"');
    expect(stderr()).toContain('bad.csv: line 3, team: must be sales, marketing or other, got "finance"');
  });

  it('exits 2 for a missing file or wrong usage', async () => {
    const { io, stdout, stderr } = fakeIo({});
    expect(await runCli(['score', 'missing.csv'], io)).toBe(2);
    expect(stderr()).toContain('missing.csv: cannot be read (ENOENT)');
    expect(await runCli(['score'], io)).toBe(2);
    expect(await runCli(['score', 'a.csv', '--xml'], io)).toBe(2);
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(stdout()).toBe('');
  });
});
