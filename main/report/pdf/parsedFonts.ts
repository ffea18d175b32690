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

/** Installed single-font files (fallbackFonts.ts), by their bytes. */
interface Installed {
  bytes: Buffer;
  font: Font;
}
const installedFonts: Installed[] = [];
// fontkit probes the same bytes once per format; a 20 MB comparison is worth doing once.
const matched = new WeakMap<Uint8Array, Installed | null>();

function installedFor(bytes: Uint8Array): Installed | undefined {
  let entry = matched.get(bytes);
  if (entry === undefined) {
    // Our own Buffer is being parsed for the first time (fallbackFonts.ts); pdfkit reads a copy.
    entry = installedFonts.find((e) => e.bytes !== bytes && e.bytes.length === bytes.length && e.bytes.equals(bytes)) ?? null;
    matched.set(bytes, entry);
  }
  return entry ?? undefined;
}
type Format = { probe(bytes: Uint8Array): boolean };
const declining = new WeakSet<Format>();

/** Makes a fontkit format leave bytes we share to the format below (see shareParsedFonts). */
function decline(format: Format, shared: (bytes: Uint8Array) => boolean): void {
  if (declining.has(format)) return;
  declining.add(format);
  const probe = format.probe.bind(format);
  format.probe = (bytes) => !shared(bytes) && probe(bytes);
}

const isInstalled = (bytes: Uint8Array) => installedFor(bytes) !== undefined;

/**
 * Shares an installed single-font file with pdfkit as Noto Sans is shared: pdfkit reads the file
 * and gets `font`, parsed once per process, so its layout tables are decoded once. (Faces of .ttc
 * collections are parsed per document: sharing them ran pdfkit out of memory.)
 */
export function shareInstalledFont(bytes: Buffer, font: Font): void {
  shareParsedFonts();
  if (installedFonts.some((e) => e.bytes === bytes)) return;
  installedFonts.push({ bytes, font });
  decline(font.constructor as unknown as Format, isInstalled);
  rememberLayouts(font as unknown as LaidOutFont);
}

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
  const notoFor = (bytes: Uint8Array) => faces.find((face) => face.bytes.length === bytes.length && face.bytes.equals(bytes))?.font;
  const shared = (bytes: Uint8Array) => isInstalled(bytes) || notoFor(bytes) !== undefined;
  decline(parsedFont('normal').constructor as unknown as Format, shared);
  class AlreadyParsed {
    static probe(bytes: Uint8Array): boolean {
      return shared(bytes);
    }
    // A constructor that returns an object hands that object to `new`.
    constructor(stream: { buffer: Uint8Array }) {
      return installedFor(stream.buffer)?.font ?? notoFor(stream.buffer)!;
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
const remembering = new WeakSet<LaidOutFont>();

function rememberLayouts(font: LaidOutFont): void {
  if (remembering.has(font)) return;
  remembering.add(font);
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
