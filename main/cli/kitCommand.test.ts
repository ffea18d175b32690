// `baton kit` writes the questionnaire and the CSV template into a folder, and a sheet answered on
// paper, typed under the template's header, imports and scores as the app would.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERS_CSV_COLUMNS, parseAnswersCsv } from '../../shared/diagnostic/csvImport';
import { scoreDiagnostic } from '../../shared/diagnostic/score';
import { tempDataDir } from '../testing/tempDir';
import { runCli } from './baton';
import { diskIo } from './testing';

const io = diskIo;

describe('baton kit', () => {
  it('writes the questionnaire in the chosen paper size and the CSV template with the import header', async () => {
    const dir = tempDataDir();
    const run = io();
    expect(await runCli(['kit', '--out', dir, '--paper', 'letter'], run.io)).toBe(0);
    expect(run.stderr()).toBe('');
    expect(run.stdout()).toContain(`Wrote ${path.join(dir, 'diagnostic-questionnaire-letter.pdf')} (Letter, `);
    expect(fs.readFileSync(path.join(dir, 'diagnostic-questionnaire-letter.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const template = fs.readFileSync(path.join(dir, 'diagnostic-answers-template.csv'), 'utf8');
    expect(template).toBe(`\uFEFF${ANSWERS_CSV_COLUMNS.join(',')}\r\n`);
    expect(fs.readdirSync(dir).sort()).toEqual(['diagnostic-answers-template.csv', 'diagnostic-questionnaire-letter.pdf']);
  }, 60_000);

  it('takes sheets typed under the template header through the import, roles and skipped statements included', async () => {
    const dir = tempDataDir();
    expect(await runCli(['kit', '--out', dir], io().io)).toBe(0);
    const template = fs.readFileSync(path.join(dir, 'diagnostic-answers-template.csv'), 'utf8');
    // As a spreadsheet saves it: the template's lines, then a row per paper sheet.
    const typed = `${template}Zoë Ångström,Sales,Head of team,${'4,'.repeat(19)}4\r\n,marketing,staff,${'2,'.repeat(17)},,2\r\n`;
    const parsed = parseAnswersCsv(typed);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows.map((r) => [r.participant, r.team, r.role, r.answers.filter((a) => a !== null).length])).toEqual([
      ['Zoë Ångström', 'sales', 'head', 20],
      ['', 'marketing', 'staff', 18],
    ]);
    const result = scoreDiagnostic(parsed.rows.map((r, i) => ({ id: `p${i}`, name: r.participant, team: r.team, role: r.role, answers: r.answers })));
    expect(result.teams).toEqual({ sales: { n: 1, mean: 80, level: 'Integrated' }, marketing: { n: 1, mean: 40, level: 'Defined' } });
  }, 60_000);

  it('exits 2 naming the problem for a missing or unwritable folder and for bad options, writing nothing', async () => {
    const dir = tempDataDir();
    const cases: [string[], string][] = [
      [['kit'], 'Give the folder to write the kit into with --out <folder>.'],
      [['kit', '--out'], 'Give the folder to write the kit into after --out.'],
      [['kit', '--out', path.join(dir, 'missing')], `${path.join(dir, 'missing')}: no such folder.`],
      [['kit', '--out', dir, '--paper', 'a3'], '--paper must be a4 or letter, got "a3".'],
      [['kit', '--out', dir, '--colour'], 'Unknown option --colour.'],
      [['kit', dir], `Unexpected argument "${dir}"; the folder goes after --out.`],
    ];
    const file = path.join(dir, 'a-file.txt');
    fs.writeFileSync(file, 'x');
    cases.push([['kit', '--out', file], `${file}: not a folder.`]);
    for (const [args, message] of cases) {
      const run = io();
      expect(await runCli(args, run.io), args.join(' ')).toBe(2);
      expect(run.stderr()).toContain(message);
      expect(run.stdout()).toBe('');
    }
    expect(fs.readdirSync(dir)).toEqual(['a-file.txt']);
  });

  it('exits 2 when a file of the kit cannot be written there (root ignores read-only folders, so a folder takes its name)', async () => {
    const dir = tempDataDir();
    fs.mkdirSync(path.join(dir, 'diagnostic-answers-template.csv'));
    const run = io();
    expect(await runCli(['kit', '--out', dir], run.io)).toBe(2);
    expect(run.stderr()).toMatch(new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the kit could not be written \\(E[A-Z]+\\)\\.`));
    expect(run.stdout()).toBe('');
  }, 60_000);
});
