import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvDelimiter } from '../csv/parseCsv';
import { writeCsv, type CsvCell } from '../csv/writeCsv';
import { DIAGNOSTIC_TEAMS, PARTICIPANT_ROLES, type Answer } from './model';
import { ANSWERS_CSV_COLUMNS, ANSWERS_CSV_COLUMNS_WITHOUT_ROLE, parseAnswersCsv, writeAnswersCsv, type AnswersCsvEntry } from './csvImport';

// Most cases use the header from before roles, which must keep importing as it did.
const HEADER = ANSWERS_CSV_COLUMNS_WITHOUT_ROLE.join(',');
const fives = Array<string>(20).fill('5').join(',');
const file = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('parseAnswersCsv', () => {
  it('reads participants, teams and answers with the line each came from', () => {
    const result = parseAnswersCsv(file(`Anna,sales,${fives}`, '', `Ben,marketing,1,2,3,4,5,${Array(15).fill('3').join(',')}`));
    expect(result).toMatchObject({ ok: true, delimiter: ',' });
    if (!result.ok) return;
    expect(result.rows.map(({ line, participant, team }) => ({ line, participant, team }))).toEqual([
      { line: 2, participant: 'Anna', team: 'sales' },
      { line: 4, participant: 'Ben', team: 'marketing' },
    ]);
    expect(result.rows[0]?.answers).toEqual(Array(20).fill(5));
    expect(result.rows[1]?.answers.slice(0, 6)).toEqual([1, 2, 3, 4, 5, 3]);
  });

  it('turns blank answer cells into skips and allows spaces around numbers', () => {
    const cells = [' 4 ', '', '  ', ...Array<string>(17).fill('2')];
    const result = parseAnswersCsv(file(`,other,${cells.join(',')}`));
    expect(result.ok && result.rows[0]).toMatchObject({ participant: '', team: 'other', answers: [4, null, null, ...Array(17).fill(2)] });
  });

  it('reads teams and header names in any case, with spaces around them', () => {
    const header = ANSWERS_CSV_COLUMNS_WITHOUT_ROLE.map((name) => ` ${name.toUpperCase()} `).join(',');
    const result = parseAnswersCsv(`${header}\n  Anna  , SALES ,${fives}\nBen,Marketing,${fives}`);
    expect(result.ok && result.rows.map((row) => [row.participant, row.team])).toEqual([
      ['Anna', 'sales'],
      ['Ben', 'marketing'],
    ]);
  });

  it('reads a semicolon file with a byte order mark and CRLF line ends, as Excel saves it in many European locales', () => {
    const text = `\uFEFF${ANSWERS_CSV_COLUMNS_WITHOUT_ROLE.join(';')}\r\n"Dupont; Marie";sales;${fives.replaceAll(',', ';')}\r\n`;
    const result = parseAnswersCsv(text);
    expect(result).toMatchObject({ ok: true, delimiter: ';', rows: [{ line: 2, participant: 'Dupont; Marie', team: 'sales' }] });
  });

  it('reads names with quotes, commas and line breaks, numbering later rows by their first line', () => {
    const rows = [`"Anna ""the boss"", CEO",other,${fives}`, `"two\nlines",sales,${fives}`, `Cy,sales,${fives}`];
    const result = parseAnswersCsv(file(...rows));
    expect(result.ok && result.rows.map((row) => [row.line, row.participant])).toEqual([
      [2, 'Anna "the boss", CEO'],
      [3, 'two\nlines'],
      [5, 'Cy'],
    ]);
  });

  it('names the line and answer column of a number outside 1–5', () => {
    const cells = Array<string>(20).fill('3');
    cells[6] = '9';
    expect(parseAnswersCsv(file(`Anna,sales,${fives}`, `Anna,sales,${fives}`, `Ben,sales,${cells.join(',')}`))).toEqual({
      ok: false,
      errors: ['line 4, s7: must be a whole number 1–5, got "9"'],
    });
  });

  it('names the line of an unknown team and quotes what was written', () => {
    expect(parseAnswersCsv(file(`Anna,sales,${fives}`, `Ben,finance,${fives}`))).toEqual({
      ok: false,
      errors: ['line 3, team: must be sales, marketing or other, got "finance"'],
    });
  });

  it('names the line of a row with the wrong number of cells', () => {
    const nineteen = Array<string>(17).fill('5').join(',');
    const rows = ['A', 'B', 'C', 'D'].map((name) => `${name},sales,${fives}`);
    expect(parseAnswersCsv(file(...rows, `E,sales,${nineteen}`))).toEqual({
      ok: false,
      errors: ['line 6: has 19 cells, expected 22'],
    });
  });

  it('refuses a participant name longer than 120 characters', () => {
    expect(parseAnswersCsv(file(`${'x'.repeat(121)},sales,${fives}`))).toEqual({
      ok: false,
      errors: ['line 2, participant: must be 120 characters or fewer'],
    });
    expect(parseAnswersCsv(file(`${'x'.repeat(120)},sales,${fives}`)).ok).toBe(true);
  });

  it('reports every problem in the file at once and imports nothing', () => {
    const bad = Array<string>(20).fill('4');
    bad[0] = '0';
    bad[19] = 'x';
    const rows = [`Anna,sales,${fives}`, `Ben,finance,${bad.join(',')}`, 'Cy,sales,1', `${'y'.repeat(121)},other,${fives}`];
    const result = parseAnswersCsv(file(...rows));
    expect(result).toEqual({
      ok: false,
      errors: [
        'line 3, team: must be sales, marketing or other, got "finance"',
        'line 3, s1: must be a whole number 1–5, got "0"',
        'line 3, s20: must be a whole number 1–5, got "x"',
        'line 4: has 3 cells, expected 22',
        'line 5, participant: must be 120 characters or fewer',
      ],
    });
    expect(result).not.toHaveProperty('rows');
  });

  it('refuses answers that are not whole numbers 1–5', () => {
    for (const cell of ['0', '6', '2.5', '3.0', '-1', '+3', '03', 'x', '"3 "x']) {
      const cells = Array<string>(20).fill('3');
      cells[1] = cell;
      expect(parseAnswersCsv(file(`Anna,sales,${cells.join(',')}`)).ok, cell).toBe(false);
    }
  });

  it('names the first header column that is wrong', () => {
    const header = ['participant', 'team', 's1', 's2', 's4x', ...ANSWERS_CSV_COLUMNS_WITHOUT_ROLE.slice(5)].join(',');
    expect(parseAnswersCsv(`${header}\nAnna,sales,${fives}`)).toEqual({
      ok: false,
      errors: ['line 1: expected the header participant,team,role,s1,…,s20 (the role column may be left out); column 5 is "s4x"'],
    });
  });

  it('says when the header has too few or too many columns', () => {
    expect(parseAnswersCsv(`${ANSWERS_CSV_COLUMNS_WITHOUT_ROLE.slice(0, 21).join(',')}\n`)).toEqual({
      ok: false,
      errors: ['line 1: expected the header participant,team,role,s1,…,s20 (the role column may be left out); it has only 21 columns'],
    });
    expect(parseAnswersCsv(`${HEADER},s21\n`)).toEqual({
      ok: false,
      errors: ['line 1: expected the header participant,team,role,s1,…,s20 (the role column may be left out); it has 23 columns'],
    });
    expect(parseAnswersCsv('name;team\n')).toEqual({
      ok: false,
      errors: ['line 1: expected the header participant;team;role;s1;…;s20 (the role column may be left out); column 1 is "name"'],
    });
  });

  it('refuses a file with only a header, or nothing at all', () => {
    expect(parseAnswersCsv(`${HEADER}\r\n\r\n`)).toEqual({ ok: false, errors: ['the file has no participant rows'] });
    expect(parseAnswersCsv('')).toEqual({
      ok: false,
      errors: ['the file is empty; expected the header participant,team,role,s1,…,s20'],
    });
  });

  it('reads the role column in any case, blank as unset, and names the line of a role it does not know', () => {
    const withRole = (...rows: string[]) => [ANSWERS_CSV_COLUMNS.join(','), ...rows].join('\n');
    const result = parseAnswersCsv(withRole(`Anna,sales,head,${fives}`, `Ben,sales,Head of team,${fives}`, `Cy,marketing, STAFF ,${fives}`, `Di,other,,${fives}`));
    expect(result.ok && result.rows.map((row) => [row.participant, row.role])).toEqual([
      ['Anna', 'head'],
      ['Ben', 'head'],
      ['Cy', 'staff'],
      ['Di', null],
    ]);
    expect(parseAnswersCsv(withRole(`Anna,sales,boss,${fives}`, `Ben,sales,${fives}`))).toEqual({
      ok: false,
      errors: ['line 2, role: must be head, staff or blank, got "boss"', 'line 3: has 22 cells, expected 23'],
    });
  });

  it('imports a file without the role column with every role unset', () => {
    const result = parseAnswersCsv(file(`Anna,sales,${fives}`));
    expect(result.ok && result.rows[0]).toMatchObject({ participant: 'Anna', team: 'sales', role: null });
  });

  it('passes on an unclosed quote as the only error', () => {
    expect(parseAnswersCsv(file(`Anna,sales,${fives}`, `"Ben,sales,${fives}`))).toEqual({
      ok: false,
      errors: ['line 3: a quoted field starts here but its closing quote is missing'],
    });
  });
});

const answer = fc.option(fc.constantFrom<Answer>(1, 2, 3, 4, 5), { nil: null });
const entry: fc.Arbitrary<AnswersCsvEntry> = fc.record({
  participant: fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ minLength: 110, maxLength: 120 }),
      fc.string({ unit: fc.constantFrom(...'",;\n\r =+-@\'\taé'), maxLength: 12 }),
    )
    .filter((name) => name === name.trim() && name.length <= 120),
  team: fc.constantFrom(...DIAGNOSTIC_TEAMS),
  role: fc.constantFrom(null, ...PARTICIPANT_ROLES),
  answers: fc.array(answer, { minLength: 20, maxLength: 20 }),
});

describe('writeAnswersCsv', () => {
  it('writes the header the importer expects, then one row per participant with skips left blank', () => {
    const answers: Answer[] = [5, null, ...Array<Answer>(18).fill(3)];
    expect(writeAnswersCsv([{ participant: 'Anna', team: 'sales', role: 'head', answers }, { participant: 'Ben', team: 'other', answers }]).split('\r\n')).toEqual([
      ANSWERS_CSV_COLUMNS.join(','),
      `Anna,sales,head,5,,${Array(18).fill(3).join(',')}`,
      `Ben,other,,5,,${Array(18).fill(3).join(',')}`,
      '',
    ]);
  });
});

describe('answers CSV round trip', () => {
  it('imports exactly what it exported, with either delimiter and with or without a byte order mark', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<CsvDelimiter>(',', ';'),
        fc.boolean(),
        (entries, delimiter, bom) => {
          const result = parseAnswersCsv(writeAnswersCsv(entries, { delimiter, bom }));
          expect(result).toMatchObject({ ok: true, delimiter });
          const imported = result.ok && result.rows.map(({ participant, team, role, answers }) => ({ participant, team, role, answers }));
          expect(imported).toEqual(entries);
        },
      ),
    );
  });

  it('neutralises a formula-like name in the export and restores it on import', () => {
    const text = writeAnswersCsv([{ participant: '=HYPERLINK("http://x")', team: 'sales', answers: Array<Answer>(20).fill(null) }]);
    expect(text.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"")",sales${','.repeat(21)}`);
    expect(parseAnswersCsv(text)).toMatchObject({ ok: true, rows: [{ participant: '=HYPERLINK("http://x")' }] });
  });

  it('refuses any single answer cell changed to an invalid value, naming its line and column', () => {
    const invalid = fc.constantFrom('0', '6', '2.5', 'x', '-1', '10', '1 2');
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.integer({ min: 0, max: 19 }),
        invalid,
        (entries, pick, statement, value) => {
          const index = pick % entries.length;
          // A name with line breaks makes its row, and so every later row, start further down.
          const linesBefore = entries.slice(0, index).map((e) => 1 + (e.participant.match(/\r\n?|\n/g)?.length ?? 0));
          const line = 2 + linesBefore.reduce((sum, n) => sum + n, 0);
          const rows = entries.map((e, i) => {
            const cells: CsvCell[] = [e.participant, e.team, e.role ?? '', ...e.answers.map((a) => a ?? '')];
            if (i === index) cells[3 + statement] = value;
            return cells;
          });
          // Unneutralised, so "-1" reaches the reader as written.
          const result = parseAnswersCsv(writeCsv([ANSWERS_CSV_COLUMNS, ...rows], { neutralise: false }));
          expect(result.ok).toBe(false);
          const expected = `line ${line}, s${statement + 1}: must be a whole number 1–5, got "${value}"`;
          expect(!result.ok && result.errors).toEqual([expected]);
        },
      ),
    );
  });
});
