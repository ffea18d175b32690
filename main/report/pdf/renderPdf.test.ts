// Reads rendered PDFs back with poppler: every script present, nothing dropped, page furniture right, offline.
import { keepHeadingsWithNext } from './keepWithNext';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PLACEHOLDER } from './glyphCoverage';
import { renderPdf, renderPdfJob, type PdfJob } from './renderPdf';
import { firstPagePng, pageTexts, pdfFonts, pdfInfo, savePdf } from './testing/poppler';
import { allScriptsJob, coveredSamples, title, uncoveredSamples } from './testing/samples';
import { simulateBareMachine, useThisMachinesFonts } from './testing/fonts';

// The placeholder path: Noto Sans only, as on a machine without other fonts (otherScripts.test.ts uses them).
beforeAll(simulateBareMachine);
afterAll(useThisMachinesFonts);

/** Kept after the run so a person can look at the pages. */
const outDir = path.join(os.tmpdir(), 'baton-pdf');

async function renderToFile(job: PdfJob, name: string) {
  const { pdf, replaced } = await renderPdfJob(job);
  return { file: savePdf(pdf, outDir, name), replaced };
}

describe.each([
  { paperSize: 'a4' as const, size: /Page size:\s+595\.28 x 841\.89 pts \(A4\)/ },
  { paperSize: 'letter' as const, size: /Page size:\s+612 x 792 pts \(letter\)/ },
])('a $paperSize PDF', ({ paperSize, size }) => {
  let file = '';
  let replaced: string[] = [];
  beforeAll(async () => {
    ({ file, replaced } = await renderToFile(allScriptsJob(paperSize), `scripts-${paperSize}`));
  });

  it('holds the text of every script Noto Sans covers, exactly', () => {
    const [page1] = pageTexts(file);
    for (const text of Object.values(coveredSamples)) expect(page1).toContain(text);
    const fonts = pdfFonts(file);
    for (const face of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSans-Italic']) expect(fonts).toContain(face);
  });

  it('shows a placeholder for each character the font lacks, and lists them', () => {
    const [page1] = pageTexts(file);
    expect(page1).toContain(`Team spirit ${PLACEHOLDER}`);
    expect(page1).toContain(`Thanks ${PLACEHOLDER}`);
    expect(page1).toContain(`Family: ${PLACEHOLDER} and ${PLACEHOLDER}`);
    expect(page1).toContain(PLACEHOLDER.repeat(2));
    expect(page1).toContain(`${PLACEHOLDER.repeat(5)} end`);
    expect(replaced).toEqual(Object.values(uncoveredSamples).flatMap((sample) => sample.graphemes));
  });

  it(`is ${paperSize} sized with page numbers, and the running header after the cover`, () => {
    expect(pdfInfo(file)).toMatch(size);
    expect(pdfInfo(file)).toMatch(/Pages:\s+2\n/);
    const [page1, page2] = pageTexts(file);
    expect(page1).toMatch(/page 1 of 2\s*$/);
    expect(page2).toMatch(/page 2 of 2\s*$/);
    expect(page1).not.toContain(title);
    expect(page2!.trimStart().startsWith(title)).toBe(true);
  });

  it('renders page 1 to an image for a person to look at', () => {
    const png = firstPagePng(file, outDir, `scripts-${paperSize}-page1`);
    expect(fs.statSync(png).size).toBeGreaterThan(10_000);
  });
});

describe('renderPdf', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('covers a title the font cannot fully draw in the running header too', async () => {
    const job = { ...allScriptsJob('a4'), title: 'Offsite 🏔️ 2026' };
    const { file, replaced } = await renderToFile(job, 'header-emoji');
    expect(pageTexts(file)[1]).toContain(`Offsite ${PLACEHOLDER} 2026`);
    expect(replaced).toContain('🏔️');
  });

  it('moves a heading that would end a page onto the next page, with its text', async () => {
    const job: PdfJob = {
      title,
      paperSize: 'a4',
      doc: {
        content: keepHeadingsWithNext([
          // Leaves room on page 1 for the heading but not for the line after it.
          { text: 'Top of page 1', margin: [0, 0, 0, 684] },
          { text: 'Actions', headlineLevel: 1 },
          'First action',
        ]),
      },
    };
    const [page1, page2] = pageTexts((await renderToFile(job, 'orphan-heading')).file);
    expect(page1).not.toContain('Actions');
    expect(page2).toMatch(/Actions\s+First action/);
  });

  it('never fetches an image from the network', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('network used'));
    await expect(renderPdf({ content: [{ image: 'https://example.com/x.png' }] })).rejects.toThrow(
      /denied by resource access policy: https:\/\/example\.com\/x\.png/,
    );
    await expect(
      renderPdf({ content: [{ image: 'logo' }], images: { logo: 'https://example.com/logo.png' } }),
    ).rejects.toThrow(/Access to URL denied by resource access policy: https:\/\/example\.com\/logo\.png/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keeps links as links without visiting them', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const { pdf } = await renderPdf({ content: [{ text: 'Our site', link: 'https://example.com/' }] });
    expect(pdf.toString('latin1')).toContain('(https://example.com/)');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads no local file other than the fonts', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(/Access to local file denied/);
  });
});
