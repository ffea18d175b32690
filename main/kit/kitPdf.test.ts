// The blank questionnaire read back as a participant's printer would give it: both paper sizes,
// every statement whole, the choices for team and role, and pages rendered to PNG for a look.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_SCALE, STATEMENTS } from '../../shared/diagnostic/statements';
import { createPdfRenderer } from '../report/pdf/pdfRenderer';
import { pageTexts, pageWords, pdfInfo, savePdf } from '../report/pdf/testing/poppler';
import { KIT_TITLE } from './kitDocument';
import { kitJob, renderKitPdf } from './kitFiles';

/** Kept after the run so a person can look at the pages. */
const outDir = path.join(os.tmpdir(), 'baton-kit');
const renderer = createPdfRenderer();
afterAll(() => renderer.close());

it('is a job of plain data, as the PDF worker needs (no layout functions)', () => {
  expect(() => structuredClone(kitJob('a4'))).not.toThrow();
});

const flat = (text: string) => text.replace(/\s+/g, ' ');
/** Without whitespace: a statement wraps inside its cell, and pdftotext may join a hyphenated word. */
const squash = (text: string) => text.replace(/\s+/g, '');

describe.each([
  { paperSize: 'a4' as const, size: /Page size:\s+595\.28 x 841\.89 pts \(A4\)/ },
  { paperSize: 'letter' as const, size: /Page size:\s+612 x 792 pts \(letter\)/ },
])('the $paperSize questionnaire', ({ paperSize, size }) => {
  let file = '';
  beforeAll(async () => {
    file = savePdf(await renderKitPdf(renderer, paperSize), outDir, `questionnaire-${paperSize}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(outDir, `questionnaire-${paperSize}`)]);
  }, 60_000);

  it('is two pages of the chosen paper, each statement whole on one of them', () => {
    expect(pdfInfo(file)).toMatch(size);
    expect(pdfInfo(file)).toMatch(/Pages:\s+2\n/);
    const [page1, page2] = pageTexts(file).map(flat);
    expect(page1).toContain(KIT_TITLE);
    for (const s of STATEMENTS) expect(squash(page1!).includes(squash(s.text)) || squash(page2!).includes(squash(s.text)), s.text).toBe(true);
    // The scale is repeated above the statements on the second page (a label may wrap in its column).
    for (const page of [page1, page2]) for (const word of ANSWER_SCALE.flatMap((point) => point.label.split(' '))) expect(page).toContain(word);
    expect(page2).toContain('Please hand this sheet back');
  });

  it('asks for a name, the team and the role with a box to tick for each choice', () => {
    const page1 = flat(pageTexts(file)[0]!);
    expect(page1).toMatch(/Name optional/);
    expect(page1).toMatch(/Team Sales Marketing Other \(leadership, guests\)/);
    expect(page1).toMatch(/Role Head of team Staff/);
  });

  it('keeps every statement inside the page margins, numbered 1 to 20 in order', () => {
    const pages = pageWords(file);
    const numbers = pages.flatMap((words) => words.filter((w) => /^\d{1,2}$/.test(w.text) && w.xMin < 60).map((w) => Number(w.text)));
    expect(numbers.filter((n) => n >= 1 && n <= 20)).toEqual(STATEMENTS.map((s) => s.number));
    const width = paperSize === 'a4' ? 595.28 : 612;
    for (const words of pages) for (const w of words) expect(w.xMin).toBeLessThan(width - 50);
  });
});
