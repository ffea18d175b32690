// Picks an installed font for characters Noto Sans lacks (CJK, Arabic, Hebrew, Thai, Devanagari...),
// once per process: the PDF worker stays warm, so later exports reuse what earlier ones found.
import fs from 'node:fs';
import type { Font } from 'fontkit';
import type { TFontDictionary } from 'pdfmake/interfaces';
import { createFontFinder, fontSearchFor, rankFaces, type FontFace, type FontSearch } from './fontDiscovery';
import { fontkit, shareInstalledFont } from './parsedFonts';

/** A face read and parsed once, with the bytes pdfkit is handed for it. */
interface LoadedFace {
  face: FontFace;
  bytes: Buffer;
  font: Font;
}

/** A font registered with pdfmake under `family` (named by its file, so it never means two fonts), drawn for the runs of text it covers. */
export interface FallbackFont {
  family: string;
  regular: LoadedFace;
  /** The bold face of the same family when the machine has one; else bold text uses the regular. */
  bold: LoadedFace;
}

// Scripts whose characters should come from one font, so a word never mixes designs. Han reuses a
// font chosen for kana or hangul: Japanese and Korean names mix them with Han characters.
const SCRIPTS = ['Han', 'Hiragana', 'Katakana', 'Hangul', 'Arabic', 'Hebrew', 'Thai', 'Devanagari', 'Bengali', 'Tamil', 'Telugu', 'Gujarati', 'Gurmukhi', 'Kannada', 'Malayalam', 'Sinhala', 'Khmer', 'Lao', 'Myanmar', 'Ethiopic', 'Georgian', 'Armenian', 'Tibetan'];
const scriptTests = SCRIPTS.map((script) => ({ script: script === 'Hiragana' || script === 'Katakana' ? 'Kana' : script, test: new RegExp(`\\p{Script=${script}}`, 'u') }));
const CJK = new Set(['Han', 'Kana', 'Hangul']);

function scriptOf(char: string): string {
  return scriptTests.find(({ test }) => test.test(char))?.script ?? 'Other';
}

interface State {
  findFaces: (codePoint: number) => FontFace[];
  chosen: { script: string; font: FallbackFont }[];
  byGrapheme: Map<string, FallbackFont | null>;
  parsed: Map<string, { bytes: Buffer; font: Font } | null>;
}

let state: State | undefined;

/** Starts afresh with `search` (tests use it to simulate another machine); by default, this machine's. */
export function useFontSearch(search: FontSearch = fontSearchFor()): void {
  state = { findFaces: createFontFinder(search), chosen: [], byGrapheme: new Map(), parsed: new Map() };
}

function current(): State {
  if (!state) useFontSearch();
  return state!;
}

const faceKey = (face: FontFace) => `${face.file}#${face.postscriptName ?? ''}`;

// The faces of one collection share its bytes, so pdfkit is handed one Buffer per file.
const fileBytes = new Map<string, Buffer>();

function parse(s: State, face: FontFace): { bytes: Buffer; font: Font } | null {
  const key = faceKey(face);
  if (!s.parsed.has(key)) {
    try {
      const bytes = fileBytes.get(face.file) ?? fs.readFileSync(face.file);
      fileBytes.set(face.file, bytes);
      const font = fontkit.create(bytes, face.postscriptName) as Font | null;
      s.parsed.set(key, font ? { bytes, font } : null);
    } catch {
      s.parsed.set(key, null);
    }
  }
  return s.parsed.get(key) ?? null;
}

const draws = (font: Font, codePoints: number[]) => codePoints.every((cp) => font.hasGlyphForCodePoint(cp));

// The CJK collections hold one cut per region; the script says which suits the text best.
const REGION: Record<string, RegExp> = { Han: /\bSC\b/, Kana: /\bJP\b/, Hangul: /\bKR\b/ };

function choose(s: State, codePoints: number[], script: string): FallbackFont | null {
  const region = REGION[script];
  const faces = rankFaces(s.findFaces(codePoints[0]!), (face) => Number(region?.test(face.family) ?? false));
  for (const face of faces.filter((f) => !f.bold && !f.italic)) {
    const regular = parse(s, face);
    if (!regular || !draws(regular.font, codePoints)) continue;
    const boldFace = faces.find((f) => f.family === face.family && f.bold && !f.italic && f.file !== face.file);
    const bold = (boldFace && parse(s, boldFace)) || regular;
    const chosen: FallbackFont = { family: `${face.family} (${faceKey(face)})`, regular: { face, ...regular }, bold: { face: boldFace && bold !== regular ? boldFace : face, ...bold } };
    s.chosen.push({ script, font: chosen });
    return chosen;
  }
  return null;
}

/**
 * The installed font for a grapheme Noto Sans cannot draw (its code points that need a glyph), or
 * null when no font on the machine has them all.
 */
export function fallbackFontFor(grapheme: string, codePoints: number[]): FallbackFont | null {
  const s = current();
  const known = s.byGrapheme.get(grapheme);
  if (known !== undefined) return known;
  const script = scriptOf(String.fromCodePoint(codePoints[0]!));
  const reusable = s.chosen.filter((c) => c.script === script || (script === 'Han' && CJK.has(c.script)));
  const found = reusable.find((c) => draws(c.font.regular.font, codePoints))?.font ?? choose(s, codePoints, script);
  s.byGrapheme.set(grapheme, found);
  return found;
}

/** Every fallback font chosen so far in this process, to register with pdfmake. */
function chosenFallbackFonts(): FallbackFont[] {
  return current().chosen.map((c) => c.font);
}

/**
 * What pdfmake is given for a face: its path, and its name inside a collection. (pdfmake takes
 * only paths or URLs here; the parsed face is shared with pdfkit by parsedFonts.ts.)
 */
function pdfmakeSource({ face, bytes, font }: LoadedFace): PDFKit.Mixins.PDFFontSource {
  if (!face.postscriptName) shareInstalledFont(bytes, font);
  registeredFiles.add(face.file);
  // pdfmake passes an array on to pdfkit's font(src, family), which opens that face of a collection.
  return (face.postscriptName ? [face.file, face.postscriptName] : face.file) as PDFKit.Mixins.PDFFontSource;
}

const registered = new Set<string>();
const registeredFiles = new Set<string>();

/** Whether pdfmake may read `file`: an installed font chosen and registered above. */
export function isFallbackFontFile(file: string): boolean {
  return registeredFiles.has(file);
}

/** Registers the fallback fonts chosen since the last call with pdfmake (its font list is per process too). */
export function registerFallbackFonts(pdfmake: { addFonts(fonts: TFontDictionary): void }): void {
  const added = chosenFallbackFonts().filter((font) => !registered.has(font.family));
  if (added.length === 0) return;
  const dictionary: TFontDictionary = {};
  for (const font of added) {
    registered.add(font.family);
    const regular = pdfmakeSource(font.regular);
    const bold = pdfmakeSource(font.bold);
    // Installed fonts rarely come with italics; the upright face keeps the text readable.
    dictionary[font.family] = { normal: regular, bold, italics: regular, bolditalics: bold };
  }
  pdfmake.addFonts(dictionary);
}
