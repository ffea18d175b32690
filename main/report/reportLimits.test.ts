// The PDF at the schema's limits leaves nothing out, on A4 and Letter: each case that once lost
// content silently (long action descriptions, 2,000-character notes, thousands of notes in a
// theme, every recommendation, the tall statement chart), read back with pdftotext, with pages
// rendered to PNG to look at.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/report/buildReport';
import { limitWorkshop, type LimitOptions } from '../../shared/report/limitTesting';
import { buildExampleWorkshop } from '../../tests/fixtures/exampleWorkshop';
import { outlineTitles, pdfInfo, savePdf } from './pdf/testing/poppler';
import { expectedHeadings, expectedTags, firstMissingInOrder, pdfFlatText, pdfWords, squash } from './pdf/testing/readBack';
import { createReportPdf } from './reportPdf';

const outDir = path.resolve('test-results/report-limits');
const today = '2026-11-25';
const pdf = createReportPdf();
afterAll(() => pdf.close());

const fixtures: { name: string; options: Partial<LimitOptions>; notesInCsv?: boolean }[] = [
  // 2,000-character notes, descriptions and handoff texts; 40 participants; every recommendation.
  { name: 'long-texts', options: {} },
  // 2,000 notes kept in one theme, printed in the appendix.
  { name: 'themed-2000', options: { themedNotes: 2000, notes: 20, noteLength: 300, actions: 8, descriptionLength: 300, longFields: false }, notesInCsv: false },
  // The most notes a workshop holds, appendix printed.
  { name: 'notes-5000', options: { notes: 5000, noteLength: 90, actions: 10, descriptionLength: 200, longFields: false, lowScores: false }, notesInCsv: false },
];

/** Pages 1 to `last` to PNG, at a resolution enough to look at them. */
function pagesToPng(file: string, name: string, last = 6) {
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', String(last), file, path.join(outDir, name)]);
}

describe.each(['a4', 'letter'] as const)('the PDF at the limits, %s', (paper) => {
  it.each(fixtures)('prints every item of $name whole', async ({ name, options, notesInCsv }) => {
    const doc = limitWorkshop(options);
    const model = buildReport(doc, { today });
    const result = await pdf.render(model, paper, { notesInCsv });
    const file = savePdf(result.pdf, outDir, `${name}-${paper}`);
    const words = pdfWords(file);
    const tags = expectedTags(model, { notesInCsv: result.notesInCsv });
    expect(tags.length).toBeGreaterThan(20);
    expect(tags.filter((tag) => !words.has(tag))).toEqual([]);
    const text = pdfFlatText(file);
    expect(firstMissingInOrder(text, expectedHeadings(model))).toBeNull();
    for (const r of model.recommendations) expect(squash(text)).toContain(squash(r.title));
    if (name === 'long-texts') {
      expect(model.recommendations.length).toBeGreaterThanOrEqual(12);
      // A page that continues a section or a board's area says so under the running title.
      expect(text).toContain('Action plan (continued)');
      expect(model.boards.some((b) => b.areas.some((a) => text.includes(`: ${a.title} (continued)`)))).toBe(true);
      pagesToPng(file, `${name}-${paper}`, 40);
    }
  }, 240_000);
});

describe('the notes appendix left to the CSV', () => {
  it('is the default above 500 notes, and the report says where the notes are', async () => {
    const doc = limitWorkshop({ notes: 600, noteLength: 60, actions: 5, descriptionLength: 100, longFields: false });
    const model = buildReport(doc, { today });
    const result = await pdf.render(model, 'a4');
    expect(result.notesInCsv).toBe(true);
    const file = savePdf(result.pdf, outDir, 'notes-in-csv');
    expect(pdfFlatText(file)).toContain('The 600 notes of this workshop are not printed here');
    const words = pdfWords(file);
    expect(expectedTags(model, { notesInCsv: true }).filter((tag) => !words.has(tag))).toEqual([]);
  }, 120_000);
});

describe.each(['a4', 'letter'] as const)('the shipped example, %s', (paper) => {
  it('prints the statement-by-statement chart, scaled to fit its page', async () => {
    const model = buildReport(buildExampleWorkshop(), { today });
    const { pdf: bytes } = await pdf.render(model, paper);
    const file = savePdf(bytes, outDir, `example-${paper}`);
    const text = pdfFlatText(file);
    expect(text).toContain('Statement by statement, largest gap first');
    // The chart's own labels are text: every statement's short name is on the page.
    for (const s of model.diagnostic.statements) expect(text).toContain(s.short.replace(/\s+/g, ' ').slice(0, 20));
    // Bookmarks for each section (sub-sections beneath), and the document's metadata.
    expect(outlineTitles(bytes)).toEqual(expect.arrayContaining(['Executive summary', 'Diagnostic', 'Statement by statement, largest gap first', 'Action plan', 'Method and attribution']));
    const info = pdfInfo(file);
    expect(info).toMatch(/Title:\s+Northwind Instruments: sales & marketing alignment day: action plan/);
    expect(info).toMatch(/Author:\s+Ruth Adeyemi/);
    expect(info).toMatch(/Subject:\s+Sales and marketing alignment action plan for Northwind Instruments/);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (en-GB)');
  }, 120_000);
});
