// Proves pdfmake (through svg-to-pdfkit) draws the shared diagnostic charts in Noto Sans, offline.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelLadderSvg } from '../../shared/charts/levelLadder';
import { statementBarsSvg, subscoresSvg } from '../../shared/charts/statementCharts';
import { DEFAULT_FONT_FAMILY } from '../../shared/charts/theme';
import type { Answer, DiagnosticParticipant } from '../../shared/diagnostic/model';
import { scoreDiagnostic } from '../../shared/diagnostic/score';
import { tempDataDir } from '../testing/tempDir';
import { FONT_FAMILY } from './pdf/fonts';
import { renderPdf } from './pdf/renderPdf';
import { firstPagePng, pageTexts, pdfFonts, savePdf } from './pdf/testing/poppler';

const answers = (...values: number[]) => values as Answer[];
const people: DiagnosticParticipant[] = [
  { id: 's1', name: '', team: 'sales', answers: answers(4, 2, 2, 2, 4, 4, 3, 2, 2, 3, 2, 2, 1, 2, 3, 3, 1, 1, 2, 2) },
  { id: 's2', name: '', team: 'sales', answers: answers(3, 3, 2, 1, 5, 4, 3, 2, 3, 2, 2, 3, 2, 2, 3, 4, 1, 1, 2, 1) },
  { id: 'm1', name: '', team: 'marketing', answers: answers(4, 4, 3, 4, 2, 2, 4, 4, 4, 3, 4, 3, 4, 3, 4, 4, 2, 2, 4, 3) },
  { id: 'm2', name: '', team: 'marketing', answers: answers(5, 4, 4, 4, 3, 3, 4, 3, 4, 4, 4, 4, 3, 4, 5, 4, 1, 2, 3, 4) },
];

describe('diagnostic charts in pdfmake', () => {
  // pdfmake draws SVG text in an unknown family with the document's font, which renderPdf makes
  // Noto Sans too; so the PDF alone cannot show the charts name the registered family. This does.
  it('names the family the PDF registers, so the charts look the same on screen and on paper', () => {
    expect(DEFAULT_FONT_FAMILY.split(',')[0]).toBe(`'${FONT_FAMILY}'`);
  });

  it('draws all three charts with their words as real text in Noto Sans', async () => {
    const result = scoreDiagnostic(people);
    const width = 515; // A4 portrait between 40 pt margins
    const ladder = levelLadderSvg({ sales: result.teams.sales?.mean, marketing: result.teams.marketing?.mean, overall: result.overall.mean, target: 'Aligned' });
    const { pdf, replaced } = await renderPdf({
      pageSize: 'A4',
      pageMargins: 40,
      content: [
        { text: 'Diagnostic', fontSize: 18, margin: [0, 0, 0, 8] },
        { svg: ladder, width },
        { svg: subscoresSvg(result, { title: 'Sub-scores' }), width, margin: [0, 16, 0, 0] },
        { svg: statementBarsSvg(result, { order: 'gap' }), width, pageBreak: 'before' },
      ],
    });

    const dir = tempDataDir();
    const file = savePdf(pdf, dir, 'charts');
    const pages = pageTexts(file);

    expect(replaced).toEqual([]);
    expect(pages[0]).toContain('Integrated');
    expect(pages[0]).toContain('Target: Aligned');
    expect(pages[0]).toContain(`Sales ${result.teams.sales!.mean.toFixed(1)}`);
    expect(pages[0]).toContain('Customer engagement');
    expect(pages[1]).toContain('Results match forecast');
    expect(pages[1]).toContain("Each helps present the other's");
    expect(pages[1]).toMatch(/gap [+−]\d\.\d\d/);

    const fonts = pdfFonts(file);
    expect(fonts).toContain('NotoSans-Regular');
    expect(fonts).toContain('NotoSans-Bold');

    const png = firstPagePng(file, dir, 'page', 60);
    expect(fs.statSync(png).size).toBeGreaterThan(5_000);
  });
});
