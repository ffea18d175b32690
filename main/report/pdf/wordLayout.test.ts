// pdfkit's word-by-word layout without its per-character garbage: the same glyphs at the same places.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontBytes } from './parsedFonts';
import { embeddedFontPrototype, layOutWordsWithoutGarbage, type EmbeddedFont } from './wordLayout';

const load = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = load('pdfkit') as new (options: object) => { font(source: Buffer): { _font: EmbeddedFont } };
const freshFont = () => new PDFDocument({ autoFirstPage: false }).font(fontBytes('normal'))._font;

const TEXTS = ['', ' ', 'Marketing', 'Head of sales ', '  two  spaces ', 'tab\tseparated\twords', 'Marketing-led, "quoted" — Zoë’s plan', 'ends with a space ', 'a'];

function laidOut(font: EmbeddedFont, text: string) {
  const run = font.layout(text);
  const width = font.layout(text, undefined, true);
  return { glyphs: run.glyphs?.map((g) => (g as { id: number }).id), positions: run.positions, advanceWidth: run.advanceWidth, widthOnly: width.advanceWidth, noGlyphs: width.glyphs };
}

describe('layOutWordsWithoutGarbage', () => {
  it("gives pdfkit's own glyphs, positions and widths for every text", () => {
    const original = embeddedFontPrototype().layout;
    const expected = TEXTS.map((text) => laidOut(freshFont(), text));
    layOutWordsWithoutGarbage();
    expect(embeddedFontPrototype().layout).not.toBe(original);
    expect(TEXTS.map((text) => laidOut(freshFont(), text))).toEqual(expected);
  });
});
