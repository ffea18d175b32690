// The PDF action plan read back as a reader would: every section, the diagnostic figures, page
// numbers, A4 and Letter, every script the fonts draw, and emoji reported rather than lost.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseDiagnostic } from '../../shared/diagnostic/analysis';
import { buildReport } from '../../shared/report/buildReport';
import { reportTestWorkshop } from '../../shared/report/testing';
import { coveredSamples, uncoveredSamples } from './pdf/testing/samples';
import { pageTexts, pdfInfo, savePdf } from './pdf/testing/poppler';
import { createReportPdf } from './reportPdf';
import { execFileSync } from 'node:child_process';

// Kept after the run (and uploaded by CI) so the pages can be looked at.
const outDir = path.resolve('test-results/report-pdf');
const today = '2026-11-25';
const pdf = createReportPdf();
afterAll(() => pdf.close());

const corpus = [...Object.values(coveredSamples), uncoveredSamples.party.text];
const doc = reportTestWorkshop({ extraNotes: corpus });
const model = buildReport(doc, { today });

async function render(paper: 'a4' | 'letter', name: string, source = model) {
  const { pdf: bytes, placeholders } = await pdf.render(source, paper);
  const file = savePdf(bytes, outDir, name);
  return { file, placeholders, pages: pageTexts(file), info: pdfInfo(file) };
}

describe('the PDF action plan', () => {
  it('has every section, in order, with the attribution of the framework', async () => {
    const { pages } = await render('a4', 'report-a4');
    const text = pages.join('\n');
    const sections = [
      'Action plan',
      'Executive summary',
      'Diagnostic',
      'Sub-scores',
      'Recommendations',
      'Perception gaps and team splits',
      'Themes from each activity',
      'Relay handoff map',
      'Messaging platform',
      'Action plan',
      'Wall plan',
      'Commitments and sign-off',
      'Next steps',
      'Appendix: all notes by activity',
      'Appendix: scores per participant',
      'Method and attribution',
    ];
    let from = 0;
    for (const section of sections) {
      const at = text.indexOf(section, from);
      expect(at, section).toBeGreaterThanOrEqual(0);
      from = at;
    }
    expect(text).toContain('Kotler');
    expect(text).toContain('Harvard Business Review');
    // Cover: workshop, client, date and facilitator.
    expect(pages[0]).toMatch(/Report test[\s\S]*Northwind[\s\S]*14 Oct 2026[\s\S]*Sam/);
  });

  it('prints the same figures as the diagnostic on screen', async () => {
    const { pages } = await render('a4', 'report-figures');
    const summary = pages[1]!;
    const { result, target } = analyseDiagnostic(doc.diagnostic);
    expect(summary).toContain(`Sales ${result.teams.sales!.mean.toFixed(1)} ${result.teams.sales!.level} (2 counted)`);
    expect(summary).toContain(`Marketing ${result.teams.marketing!.mean.toFixed(1)} ${result.teams.marketing!.level} (1 counted)`);
    expect(summary).toContain(`Overall ${result.overall.mean!.toFixed(1)} ${result.overall.level}`);
    expect(summary).toContain(`Target`);
    expect(summary).toContain(target);
    const gaps = pages.join('\n');
    for (const gap of result.gaps.slice(0, 3)) expect(gaps).toContain(`${gap.sales.toFixed(2)}`);
    expect(pages.join('\n')).toContain('Not counted (fewer than 16 answers): Dee (10/20).');
  });

  it('numbers every page "page N of M" and repeats the title as a running header after the cover', async () => {
    const { pages, info } = await render('a4', 'report-pages');
    const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toHaveLength(count);
    pages.forEach((page, i) => expect(page).toContain(`page ${i + 1} of ${count}`));
    expect(pages[0]!.split('\n').filter((l) => l.includes('Report test'))).toHaveLength(1);
    for (const page of pages.slice(1)) expect(page.trimStart().startsWith('Report test')).toBe(true);
  });

  it('is A4 or Letter as chosen', async () => {
    expect((await render('a4', 'report-size-a4')).info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect((await render('letter', 'report-size-letter')).info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('draws Polish, German, Czech, Greek and Cyrillic text, and reports the emoji it cannot draw instead of dropping it', async () => {
    const note = model.appendix.notes.findIndex((n) => n.text === uncoveredSamples.party.text);
    const { area, activity } = model.appendix.notes[note]!;
    const number = model.appendix.notes.slice(0, note + 1).filter((n) => n.area === area && n.activity === activity).length;
    const expected = [{ where: `note ${number} in "${area}" (${activity})`, text: uncoveredSamples.party.text, characters: ['🎉'] }];
    expect(pdf.findUncovered(model)).toEqual(expected);
    const { pages, placeholders } = await render('a4', 'report-unicode');
    const text = pages.join('\n').replace(/\s+/g, ' ');
    for (const sample of Object.values(coveredSamples)) expect(text).toContain(sample);
    expect(text).toContain('Team spirit \uFFFD');
    expect(placeholders).toEqual(expected);
  });

  it('renders a workshop of 300 notes', async () => {
    const big = reportTestWorkshop({ extraNotes: Array.from({ length: 300 }, (_, i) => `Note ${i}: the room said something worth keeping about handoffs and budgets`) });
    const { pages } = await render('a4', 'report-300-notes', buildReport(big, { today }));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.join('\n')).toContain('Note 299: the room said');
  });

  it('leaves page images to look at', () => {
    execFileSync('pdftoppm', ['-png', '-r', '50', path.join(outDir, 'report-a4.pdf'), path.join(outDir, 'report-a4-page')]);
  });
});
