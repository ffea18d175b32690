// The PDF's "Since last time": read back with pdftotext on A4 and Letter, its pages rendered to PNG
// in test-results/since-last-time/ to look at, with a long and a non-Latin earlier title.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/report/buildReport';
import { answersWithTotal, participant } from '../../shared/diagnostic/testing';
import { workshopChain } from '../../shared/report/chainFixtures';
import { reportTestWorkshop } from '../../shared/report/testing';
import { CHAIN_MAX } from '../../shared/workshop/earlierLink';
import type { PaperSize } from '../../shared/settings/schema';
import { hasFontFor } from './pdf/testing/fonts';
import { outlineTitles, pageTexts, savePdf } from './pdf/testing/poppler';
import { createReportPdf } from './reportPdf';

const outDir = path.resolve('test-results/since-last-time');
const pdf = createReportPdf();
afterAll(() => pdf.close());

async function render(name: string, paper: PaperSize, chainLength: number, titles?: { earlier?: string; oldest?: string }) {
  const [current, ...earlier] = workshopChain(titles);
  const model = buildReport(current!, { today: '2026-11-25', earlier: earlier.slice(0, chainLength - 1) });
  const { pdf: bytes, placeholders } = await pdf.render(model, paper);
  const file = savePdf(bytes, outDir, name);
  const pages = pageTexts(file);
  const first = pages.findIndex((p) => p.includes('Since last time'));
  const last = pages.findIndex((p) => p.includes('Recommendations'));
  // The section's pages, for a person to look at.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first + 1), '-l', String(Math.max(first + 1, last + 1)), file, path.join(outDir, name)]);
  return { bytes, pages, text: pages.slice(first, last + 1).join('\n'), placeholders, model };
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe.each<PaperSize>(['a4', 'letter'])('Since last time in the PDF (%s)', (paper) => {
  it('prints then and now per team and overall, sub-score changes, gaps closed and opened, what moved most, and the trend', async () => {
    const { bytes, text } = await render(`chain-3-${paper}`, paper, 3);
    const flat = squash(text);
    expect(flat).toContain('Compared with “Spring re-check”, held on 20 May 2026');
    expect(flat).toMatch(/Sales 41\.0 Defined 71\.5 Aligned \+30\.5 up one level/);
    expect(flat).toMatch(/Marketing 44\.0 Defined 60\.0 Aligned \+16\.0 up one level/);
    expect(flat).toMatch(/Overall 42\.5 Defined 65\.8 Aligned \+23\.3 up one level/);
    expect(flat).toMatch(/Other \(not in overall\) 60\.0 Aligned — —/);
    expect(flat).toContain('Sub-score changes');
    const gapsPart = flat.slice(flat.indexOf('Perception gaps closed and opened'), flat.indexOf('A gap is the marketing mean'));
    expect(gapsPart).toMatch(/7 The two teams use the same words .*?\+3\.00 −0\.50 −3\.50 Closed/);
    expect(gapsPart).toMatch(/9 The teams work out together .*?0\.00 −2\.00 −2\.00 Opened/);
    expect(flat).toContain('Statements that moved most');
    expect(flat).toContain('Over time');
    expect(flat).toContain('over the 3 linked workshops');
    expect(outlineTitles(bytes)).toEqual(expect.arrayContaining(['Since last time', 'Sub-score changes', 'Statements that moved most', 'Over time']));
  }, 60_000);
});

describe('Since last time, edges', () => {
  it('has no trend chart with only one earlier workshop, and no section without one', async () => {
    const two = await render('chain-2-a4', 'a4', 2);
    expect(two.text).toContain('Statements that moved most');
    expect(two.text).not.toContain('Over time');
    const [current] = workshopChain();
    const { pdf: bytes } = await pdf.render(buildReport(current!, { today: '2026-11-25' }), 'a4');
    const alone = pageTexts(savePdf(bytes, outDir, 'alone-a4')).join('\n');
    expect(alone).not.toContain('Since last time');
    expect(outlineTitles(bytes)).not.toContain('Since last time');
  }, 60_000);

  it('says so when the earlier workshops have no diagnostic answers, and still draws the trend', async () => {
    const [current, earlier, oldest] = workshopChain();
    const empty = (doc: typeof earlier) => ({ ...doc!, diagnostic: { ...doc!.diagnostic, participants: [] } });
    const model = buildReport(current!, { today: '2026-11-25', earlier: [empty(earlier), empty(oldest)] });
    const { pdf: bytes } = await pdf.render(model, 'letter');
    const file = savePdf(bytes, outDir, 'chain-empty-letter');
    const text = squash(pageTexts(file).join('\n'));
    expect(text).toMatch(/Sales — 71\.5 Aligned — /);
    expect(text).toContain('No statement has a perception gap in both workshops');
    expect(text).toContain('No statement has a gap in both workshops to compare.');
    expect(text).toContain('over the 3 linked workshops');
  }, 60_000);

  it('draws the trend over the longest chain the export loads (12 earlier workshops), dates thinned to fit', async () => {
    const [current] = workshopChain();
    const earlier = Array.from({ length: CHAIN_MAX }, (_, i) =>
      reportTestWorkshop({
        overrides: {
          id: `chain-month-${String(i).padStart(4, '0')}`,
          date: `2025-${String(12 - i).padStart(2, '0')}-01`,
          diagnostic: { participants: [participant('sales', answersWithTotal(60 - 2 * i)), participant('marketing', answersWithTotal(70 - i))] },
        },
      }),
    );
    const model = buildReport(current!, { today: '2026-11-25', earlier });
    const { pdf: bytes } = await pdf.render(model, 'letter');
    const file = savePdf(bytes, outDir, 'chain-13-letter');
    const pages = pageTexts(file);
    const page = pages.findIndex((p) => p.includes('Over time'));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page + 1), '-l', String(page + 1), file, path.join(outDir, 'chain-13-letter')]);
    expect(pages[page]).toContain('over the 13 linked workshops');
    expect(pages[page]).toContain('1 Jan 2025');
    expect(pages[page]).toContain('14 Oct 2026');
  }, 60_000);

  it('prints a 200-character earlier title whole', async () => {
    const long = `Quarterly re-check ${'with a very long name '.repeat(9)}`.slice(0, 195) + ' END.';
    const { text } = await render('chain-long-title-letter', 'letter', 3, { earlier: long });
    expect(squash(text).replace(/- /g, '-')).toContain(squash(long).slice(-40));
  }, 60_000);

  it.runIf(hasFontFor('zh'))('prints an earlier title in Chinese in an installed font', async () => {
    const { text, placeholders } = await render('chain-chinese-a4', 'a4', 3, { earlier: '销售与市场季度复盘' });
    expect(placeholders).toEqual([]);
    expect(text).toContain('销售与市场季度复盘');
  }, 60_000);
});
