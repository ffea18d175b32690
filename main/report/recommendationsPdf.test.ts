// The recommendations pages read back as a sponsor reads them: "Where to start" first, then
// "Further recommendations", every recommendation once, and the method's note on the wording of
// the statements. Pages are rendered to PNG in test-results/recommendations-pdf/ to look at.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STATEMENT_WORDING } from '../../shared/diagnostic/statements';
import { buildReport } from '../../shared/report/buildReport';
import { buildExampleWorkshop } from '../../tests/fixtures/exampleWorkshop';
import { pageTexts, savePdf } from './pdf/testing/poppler';
import { firstMissingInOrder, squash } from './pdf/testing/readBack';
import { createReportPdf } from './reportPdf';

const outDir = path.resolve('test-results/recommendations-pdf');
const pdf = createReportPdf();
afterAll(() => pdf.close());

describe('the recommendations in the PDF', () => {
  const model = buildReport(buildExampleWorkshop(), { today: '2026-11-25' });
  const first = model.recommendations.filter((r) => r.startHere);
  const further = model.recommendations.filter((r) => !r.startHere);

  it('prints where to start first, then every further recommendation, numbered on', async () => {
    expect(first.length).toBeGreaterThanOrEqual(1);
    expect(first.length).toBeLessThanOrEqual(3);
    expect(further.length).toBeGreaterThan(0);
    const file = savePdf((await pdf.render(model, 'a4')).pdf, outDir, 'example-a4');
    const pages = pageTexts(file);
    const start = pages.findIndex((p) => p.includes('Where to start'));
    const end = pages.findIndex((p) => p.includes('Perception gaps and team splits'));
    const section = pages.slice(start, end + 1).join('\n');
    expect(firstMissingInOrder(section, ['Recommendations', 'Where to start', ...first.map((r) => r.title), 'Further recommendations', ...further.map((r) => r.title)])).toBeNull();
    // Numbering runs on from the first list into the second.
    expect(squash(section)).toContain(squash(`${first.length + 1}. ${further[0]!.title}`));
    // Each title once: none is printed in both lists.
    for (const r of model.recommendations) expect(squash(section).split(squash(r.title)).length - 1, r.title).toBe(1);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(start + 1), '-l', String(end + 1), file, path.join(outDir, 'example-recommendations')]);
  }, 60_000);

  it('says in the method section how the statements relate to the framework’s questionnaire', async () => {
    const file = savePdf((await pdf.render(model, 'letter')).pdf, outDir, 'example-letter');
    const text = pageTexts(file).join('\n');
    const method = text.slice(text.lastIndexOf('Method and attribution'));
    expect(squash(method)).toContain(squash(STATEMENT_WORDING));
    expect(method).toMatch(/statement\s+18/);
    expect(method).toMatch(/either\s+direction/);
  }, 60_000);
});
