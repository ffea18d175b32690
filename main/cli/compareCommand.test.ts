// `baton compare`: the documented JSON, a readable summary, and exit 2 naming the file and field.
import { describe, expect, it } from 'vitest';
import type { Answer, DiagnosticParticipant } from '../../shared/diagnostic/model';
import { all, answersWithTotal, participant } from '../../shared/diagnostic/testing';
import { workshopFileContent } from '../../shared/files/workshopFile';
import { workshopDocumentSchema } from '../../shared/workshop/schema';
import { runCli } from './baton';
import { fakeIo } from './testing';

const file = (id: string, title: string, date: string, participants: DiagnosticParticipant[]) =>
  workshopFileContent(
    workshopDocumentSchema.parse({
      schemaVersion: 1,
      id,
      title,
      date,
      createdAt: `${date}T08:00:00.000Z`,
      updatedAt: `${date}T17:00:00.000Z`,
      diagnostic: { participants },
    }),
  );

// Statement 7: sales 2, marketing 4 (gap +2.00) in January; both 3 in April, so the gap closed.
// Statement 9: both 3 in January; sales 4, marketing 3 (gap −1.00) in April, so a gap opened.
const at = (overrides: Record<number, Answer>, rest: Exclude<Answer, null> = 3): Answer[] => all(rest).map((a, i) => overrides[i + 1] ?? a);
const files = {
  'jan.baton.json': file('workshop-jan', 'Kick-off', '2026-01-14', [
    participant('sales', at({ 7: 2 })),
    participant('sales', answersWithTotal(44)),
    participant('marketing', at({ 7: 4 })),
  ]),
  'apr.baton.json': file('workshop-apr', 'Re-check', '2026-04-15', [
    participant('sales', at({ 9: 4 })),
    participant('marketing', all(3)),
    participant('other', all(4)),
  ]),
};

describe('baton compare', () => {
  it('prints exactly the documented JSON shape with --json', async () => {
    const { io, stdout, stderr } = fakeIo(files);
    expect(await runCli(['compare', 'jan.baton.json', 'apr.baton.json', '--json'], io)).toBe(0);
    expect(stderr()).toBe('');
    const json = JSON.parse(stdout());
    expect(Object.keys(json)).toEqual(['earlier', 'later', 'change']);
    expect(json.earlier).toEqual({
      date: '2026-01-14',
      overall: { mean: 56.3, level: 'Defined' },
      teams: { sales: { n: 2, mean: 51.5, level: 'Defined' }, marketing: { n: 1, mean: 61, level: 'Aligned' } },
    });
    expect(json.later.teams).toEqual({
      sales: { n: 1, mean: 61, level: 'Aligned' },
      marketing: { n: 1, mean: 60, level: 'Aligned' },
      other: { n: 1, mean: 80, level: 'Integrated' },
    });
    // 60.5 − 56.3: the shown means, not 60.5 − 56.25.
    expect(json.change.overall).toBe(4.2);
    expect(json.change.teams).toEqual({ sales: 9.5, marketing: -1, other: null });
    expect(Object.keys(json.change.subscores)).toEqual(['sales', 'marketing', 'other']);
    expect(json.change.subscores.other.forecasting).toBeNull();
    expect(json.change.gaps.closed).toEqual([7]);
    expect(json.change.gaps.opened).toEqual([9]);
    expect(json.change.gaps.moved[0]).toEqual({ statement: 7, earlier: 2, later: 0, change: -2 });
    expect(json.change.gaps.moved[1]).toEqual({ statement: 9, earlier: 0.5, later: -1, change: -1.5 });
    expect(json.change.gaps.moved).toHaveLength(20);
  });

  it('prints a readable summary without --json', async () => {
    const { io, stdout } = fakeIo(files);
    expect(await runCli(['compare', 'jan.baton.json', 'apr.baton.json'], io)).toBe(0);
    const text = stdout();
    expect(text).toContain('then: Kick-off, 14 Jan 2026 (jan.baton.json)');
    expect(text).toMatch(/Sales +51\.5 Defined +61\.0 Aligned +\+9\.5 +up one level/);
    expect(text).toMatch(/Marketing +61\.0 Aligned +60\.0 Aligned +−1\.0 +same level/);
    expect(text).toMatch(/Other +— +80\.0 Integrated +— +\(not in overall\)/);
    expect(text).toMatch(/Gaps closed[^\n]*\n +7 +Common vocabulary/);
    expect(text).toMatch(/Gaps opened[^\n]*\n +9 +Buying process mapped together/);
    expect(text).toContain('Statements whose gap moved most:');
    expect(text).toContain('Harvard Business Review');
  });

  it('points out files given the wrong way round, and still compares them as given', async () => {
    const { io, stdout } = fakeIo(files);
    expect(await runCli(['compare', 'apr.baton.json', 'jan.baton.json'], io)).toBe(0);
    expect(stdout()).toContain('Note: jan.baton.json is dated before apr.baton.json');
    expect(stdout()).toMatch(/Sales +61\.0 Aligned +51\.5 Defined +−9\.5 +down one level/);
  });

  it('exits 2 naming the file and the field of a bad workshop, and prints nothing on stdout', async () => {
    const broken = JSON.parse(files['apr.baton.json']);
    broken.diagnostic.participants[0].answers[3] = 9;
    const { io, stdout, stderr } = fakeIo({ ...files, 'bad.baton.json': JSON.stringify(broken) });
    expect(await runCli(['compare', 'jan.baton.json', 'bad.baton.json', '--json'], io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toContain('bad.baton.json');
    expect(stderr()).toContain('diagnostic.participants.0.answers.3');
  });

  it('exits 2 for a missing file, a file that is not JSON, and wrong arguments', async () => {
    const run = fakeIo({ ...files, 'notes.txt': 'hello' });
    expect(await runCli(['compare', 'gone.baton.json', 'notes.txt'], run.io)).toBe(2);
    expect(run.stderr()).toContain('gone.baton.json: cannot be read (ENOENT)');
    expect(run.stderr()).toContain('notes.txt is not valid JSON');
    for (const args of [['jan.baton.json'], ['jan.baton.json', 'apr.baton.json', 'x'], ['jan.baton.json', 'apr.baton.json', '--csv']]) {
      const other = fakeIo(files);
      expect(await runCli(['compare', ...args], other.io)).toBe(2);
      expect(other.stderr()).toContain('Usage: baton compare');
    }
  });
});
