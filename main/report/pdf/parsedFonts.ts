// The four Noto Sans faces, read and parsed once per process and shared by every PDF it renders.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import { fontFaces, fontFiles } from './fonts';

type Face = keyof typeof fontFiles;
type FontkitModule = { create(bytes: Uint8Array, postscriptName?: string): Font | { fonts: Font[] }; registerFormat(format: unknown): void };

const bytes = new Map<Face, Buffer>();
const parsed = new Map<Face, Font>();

/** The bytes of a face, read once. */
export function fontBytes(face: Face): Buffer {
  let data = bytes.get(face);
  if (!data) {
    data = fs.readFileSync(fontFiles[face]);
    bytes.set(face, data);
  }
  return data;
}

// pdfkit resolves fontkit from its own folder; use that copy, whichever it is.
export const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as FontkitModule;

/** A parsed face, for glyph coverage and layout: one object per face for the life of the process. */
export function parsedFont(face: Face): Font {
  let font = parsed.get(face);
  if (!font) {
    font = fontkit.create(fontBytes(face)) as Font;
    parsed.set(face, font);
  }
  return font;
}

let installed = false;

/**
 * pdfkit parses each font anew for every document, and fontkit decodes the layout tables (GSUB,
 * GPOS, kerning) lazily on the parsed font, so even a warm worker spent about 100 ms of a 300-note
 * report decoding the same tables again (npm run bench). Sharing the parsed font is safe: pdfkit
 * keeps its per-document state (subset, width cache) in its own EmbeddedFont, and fontkit's caches
 * on the font only grow.
 *
 * fontkit's `create` cannot be replaced (it is a non-configurable export), but it asks each
 * registered format in turn whether it reads the bytes and constructs the first that does. So
 * the TrueType reader declines our own Buffers and a format registered last answers for them
 * with the font parsed already. Any other font is parsed as before.
 */
export function shareParsedFonts(): void {
  if (installed) return;
  installed = true;
  const faces = fontFaces.map((face) => ({ bytes: fontBytes(face), font: parsedFont(face) }));
  // pdfkit reads the file anew for each document (and the charts ask for it by path), so the
  // bytes are matched by content; comparing a few hundred kilobytes takes microseconds.
  const sharedFor = (bytes: Uint8Array) =>
    faces.find((face) => face.bytes.length === bytes.length && face.bytes.equals(bytes))?.font;
  const trueType = parsedFont('normal').constructor as unknown as { probe(bytes: Uint8Array): boolean };
  const probeTrueType = trueType.probe.bind(trueType);
  trueType.probe = (bytes) => !sharedFor(bytes) && probeTrueType(bytes);
  class AlreadyParsed {
    static probe(bytes: Uint8Array): boolean {
      return sharedFor(bytes) !== undefined;
    }
    // A constructor that returns an object hands that object to `new`.
    constructor(stream: { buffer: Uint8Array }) {
      return sharedFor(stream.buffer)!;
    }
  }
  fontkit.registerFormat(AlreadyParsed);
  for (const face of faces) rememberLayouts(face.font as unknown as LaidOutFont);
}

interface GlyphRun {
  positions: object[];
}
interface LaidOutFont {
  layout(text: string, ...options: unknown[]): GlyphRun;
}

/** pdfkit scales a run's positions in place, so each caller gets its own copy of them. */
function copyOf(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as object, p));
  return copy;
}

const MAX_REMEMBERED = 100_000;

/**
 * pdfkit caches the shaping of each word for one document only, so every export shaped the same
 * words again (about 45 ms of a 300-note report). The shared font remembers plain runs (no
 * features, script or direction asked for) across documents; the words of a report are few
 * enough that the memory is small, and it is dropped wholesale past a bound.
 */
function rememberLayouts(font: LaidOutFont): void {
  const layout = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, ...options) => {
    if (options.some((option) => option !== undefined)) return layout(text, ...options);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_REMEMBERED) runs.clear();
      run = layout(text);
      runs.set(text, run);
    }
    return copyOf(run);
  };
}
