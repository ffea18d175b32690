// Property: whatever a valid workshop holds, nothing of it is missing from the PDF's text: random
// workshops up to the schema's text limits, each read back with pdftotext. (The completeness
// check inside the export must also pass, or render() throws.)
import fc from 'fast-check';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/report/buildReport';
import { limitWorkshop } from '../../shared/report/limitTesting';
import { savePdf } from './pdf/testing/poppler';
import { expectedHeadings, expectedTags, firstMissingInOrder, pdfFlatText, pdfWords } from './pdf/testing/readBack';
import { createReportPdf } from './reportPdf';

const outDir = path.resolve('test-results/report-property');
const pdf = createReportPdf();
afterAll(() => pdf.close());

const workshops = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  notes: fc.integer({ min: 0, max: 60 }),
  noteLength: fc.integer({ min: 12, max: 2000 }),
  themedNotes: fc.integer({ min: 0, max: 80 }),
  participants: fc.integer({ min: 0, max: 40 }),
  actions: fc.integer({ min: 0, max: 20 }),
  descriptionLength: fc.integer({ min: 0, max: 2000 }),
  lowScores: fc.boolean(),
  longFields: fc.boolean(),
  anonymous: fc.boolean(),
  paper: fc.constantFrom('a4' as const, 'letter' as const),
  notesInCsv: fc.boolean(),
});

describe('the PDF of any valid workshop', () => {
  it('has every item of the workshop in its text', async () => {
    await fc.assert(
      fc.asyncProperty(workshops, async ({ paper, notesInCsv, ...options }) => {
        const doc = limitWorkshop(options);
        const model = buildReport(doc, { today: '2026-11-25' });
        const file = savePdf((await pdf.render(model, paper, { notesInCsv })).pdf, outDir, `seed-${options.seed}`);
        const words = pdfWords(file);
        expect(expectedTags(model, { notesInCsv }).filter((tag) => !words.has(tag))).toEqual([]);
        expect(firstMissingInOrder(pdfFlatText(file), expectedHeadings(model))).toBeNull();
      }),
      // Each run renders and reads back a PDF of up to a hundred pages: a few runs on a busy machine.
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 6) },
    );
  }, 300_000);
});
