// pdfkit lays text out word by word (cached per word and document) and joins the words' glyphs,
// testing each character against a new ['\u0020', '\t'] array and copying the glyph arrays at
// every word: a few per cent of a warm 300-note report, much of it garbage (npm run bench). This
// is the same layout, words split at the same characters, without the per-character arrays.
//
// This hooks pdfkit's EmbeddedFont (0.19, pinned by the lock file), whose methods are internal;
// wordLayout.test.ts checks it against pdfkit's own on the same texts.
import { requireFromPdfmake } from './pdfmakeRequire';
import { fontBytes } from './parsedFonts';

interface Run {
  glyphs: unknown[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}
export interface EmbeddedFont {
  layout(text: string, features?: unknown, onlyWidth?: boolean): Run;
  layoutRun(text: string, features?: unknown): Run;
  layoutCached(text: string): Run & { glyphs: unknown[]; positions: unknown[] };
}

const SPACE = 32;
const TAB = 9;

function layout(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean): Run {
  if (features) return this.layoutRun(text, features);
  const glyphs: unknown[] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = text.charCodeAt(index);
    if (index === text.length ? last < index : code === SPACE || code === TAB) {
      // A word and the space after it, as pdfkit cuts them.
      const run = this.layoutCached(text.slice(last, index + 1));
      if (glyphs && positions) {
        for (const glyph of run.glyphs) glyphs.push(glyph);
        for (const position of run.positions) positions.push(position);
      }
      advanceWidth += run.advanceWidth;
      last = index + 1;
    }
  }
  return { glyphs, positions, advanceWidth };
}

/** The prototype of the fonts pdfkit embeds (pdfmake's copy of pdfkit), from a document with no page. */
export function embeddedFontPrototype(): EmbeddedFont {
  const PDFDocument = requireFromPdfmake<new (options: object) => { font(source: Buffer): { _font: object } }>('pdfkit');
  return Object.getPrototypeOf(new PDFDocument({ autoFirstPage: false }).font(fontBytes('normal'))._font) as EmbeddedFont;
}

let installed = false;

export function layOutWordsWithoutGarbage(): void {
  if (installed) return;
  installed = true;
  embeddedFontPrototype().layout = layout;
}
