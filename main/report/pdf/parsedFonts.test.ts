import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontFiles } from './fonts';
import { parsedFont, shareParsedFonts } from './parsedFonts';
import { renderPdf } from './renderPdf';

// The copy of fontkit pdfkit itself loads.
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  create(bytes: Uint8Array): unknown;
};

describe('parsed fonts shared between documents', () => {
  it('answers the already parsed face for the bytes of any of the four files, however they were read', () => {
    shareParsedFonts();
    for (const face of ['normal', 'bold', 'italics', 'bolditalics'] as const) {
      expect(fontkit.create(fs.readFileSync(fontFiles[face]))).toBe(parsedFont(face));
    }
  });

  it('parses any other font as before and still refuses bytes that are no font', () => {
    shareParsedFonts();
    const regular = fs.readFileSync(fontFiles.normal);
    const altered = Buffer.from(regular);
    altered[altered.length - 1] = (altered.at(-1)! + 1) % 256;
    const other = fontkit.create(altered);
    expect(other).not.toBe(parsedFont('normal'));
    expect((other as { postscriptName: string }).postscriptName).toBe('NotoSans-Regular');
    expect(() => fontkit.create(Buffer.from('not a font at all'))).toThrow(/Unknown font format/);
  });

  it('renders the same bytes twice in a row with the shared faces, bold and italic included', async () => {
    const doc = { content: ['Plain', { text: 'Bold', bold: true }, { text: 'Italic', italics: true }, { text: 'Both', bold: true, italics: true }] };
    const first = await renderPdf(doc);
    const second = await renderPdf(doc);
    // Only the creation time, the file id and the random subset tags may differ.
    const strip = (pdf: Buffer) =>
      pdf
        .toString('latin1')
        .replace(/\(D:\d+Z\)/g, '')
        .replace(/\/ID \[[^\]]*\]/g, '')
        .replace(/[A-Z]{6}\+/g, '');
    expect(strip(second.pdf)).toBe(strip(first.pdf));
    for (const name of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSans-Italic', 'NotoSans-BoldItalic']) expect(first.pdf.toString('latin1')).toContain(name);
  });
});
