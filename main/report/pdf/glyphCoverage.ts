// Which font draws each part of a text: Noto Sans where it can, else a font installed on the
// machine; a character no font has would be dropped silently by pdfmake, so it becomes a placeholder.
import type { Font } from 'fontkit';
import { fallbackFontFor } from './fallbackFonts';
import { fontFaces } from './fonts';
import { parsedFont } from './parsedFonts';

/**
 * Stands in for each character no font draws. U+FFFD is the Unicode sign for "a character could
 * not be shown" and Noto Sans draws it in all four faces (U+25A1 □ is not in the font);
 * glyphCoverage.test.ts checks that.
 */
export const PLACEHOLDER = '\uFFFD';

let faces: Font[] | undefined;
const known = new Map<number, boolean>();

// All four faces, not only the regular one: the italics lack three rare code points the regular has.
function notoDraws(codePoint: number): boolean {
  let covered = known.get(codePoint);
  if (covered === undefined) {
    faces ??= fontFaces.map(parsedFont);
    covered = faces.every((face) => face.hasGlyphForCodePoint(codePoint));
    known.set(codePoint, covered);
  }
  return covered;
}

// Layout turns whitespace and line breaks into space; fontkit hides default-ignorables such as
// variation selectors and joiners. None of them needs a glyph of its own.
const needsNoGlyph = /[\s\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

function glyphCodePoints(text: string): number[] {
  const codePoints: number[] = [];
  for (const char of text) if (!needsNoGlyph.test(char)) codePoints.push(char.codePointAt(0)!);
  return codePoints;
}

// Noto Sans draws all of printable ASCII and Latin-1 (U+00A0–U+00FF); most of a report is just that.
const LATIN_1 = /^[\t\n\r\x20-\x7e\xa0-\xff]*$/;

/** Whether Noto Sans draws all of `text`; the common case costs one regular-expression test. */
export function notoCovers(text: string): boolean {
  if (LATIN_1.test(text)) return true;
  for (const char of text) {
    if (!needsNoGlyph.test(char) && !notoDraws(char.codePointAt(0)!)) return false;
  }
  return true;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A piece of text in one font: `font` is the pdfmake family of an installed font, absent for Noto Sans. */
export interface TextRun {
  text: string;
  font?: string;
}

// Spaces, digits and punctuation belong to no script: they stay in the run around them, so a
// phrase in Arabic or Thai is shaped as a whole and not cut at every space.
const scriptless = /^[\p{Script=Common}\p{Script=Inherited}]+$/u;

/**
 * Splits `text` into runs by font and swaps each grapheme no font draws (an emoji with skin tone
 * or a ZWJ family is one grapheme) for the placeholder. `uncovered` lists the distinct graphemes
 * swapped, in order of appearance. Text Noto Sans draws entirely costs one pass and no lookup.
 */
export function textRuns(text: string, placeholder = PLACEHOLDER): { runs: TextRun[]; uncovered: string[] } {
  if (notoCovers(text)) return { runs: [{ text }], uncovered: [] };
  const uncovered = new Set<string>();
  const runs: TextRun[] = [];
  const append = (piece: string, font: string | undefined) => {
    const last = runs.at(-1);
    if (last && last.font === font) last.text += piece;
    else runs.push(font === undefined ? { text: piece } : { text: piece, font });
  };
  let open: { family: string; font: Font } | undefined;
  for (const { segment } of graphemes.segment(text)) {
    const codePoints = glyphCodePoints(segment);
    if (open && scriptless.test(segment) && codePoints.every((cp) => open!.font.hasGlyphForCodePoint(cp))) {
      append(segment, open.family);
    } else if (codePoints.every(notoDraws)) {
      open = undefined;
      append(segment, undefined);
    } else {
      const fallback = fallbackFontFor(segment, codePoints);
      open = fallback ? { family: fallback.family, font: fallback.regular.font } : undefined;
      if (fallback) append(segment, fallback.family);
      else {
        uncovered.add(segment);
        append(placeholder, undefined);
      }
    }
  }
  return { runs, uncovered: [...uncovered] };
}

/**
 * `text` as the PDF prints it: the same characters, except each grapheme no font on this machine
 * draws is the placeholder. What a check of the laid-out report should expect to find.
 */
export function coverText(text: string, placeholder = PLACEHOLDER): { text: string; uncovered: string[] } {
  const { runs, uncovered } = textRuns(text, placeholder);
  return { text: runs.length === 1 ? runs[0]!.text : runs.map((run) => run.text).join(''), uncovered };
}

/** Like coverText for text only Noto Sans can draw (SVG charts name their font themselves). */
export function coverTextInNoto(text: string, placeholder = PLACEHOLDER): { text: string; uncovered: string[] } {
  if (notoCovers(text)) return { text, uncovered: [] };
  const uncovered = new Set<string>();
  let covered = '';
  for (const { segment } of graphemes.segment(text)) {
    if (notoCovers(segment)) covered += segment;
    else {
      uncovered.add(segment);
      covered += placeholder;
    }
  }
  return { text: covered, uncovered: [...uncovered] };
}

/** The distinct graphemes in `text` that no font on this machine draws. */
export function findUncoveredCharacters(text: string): string[] {
  return coverText(text).uncovered;
}

export function replaceUncovered(text: string, placeholder = PLACEHOLDER): string {
  return coverText(text, placeholder).text;
}

export interface ScanItem {
  /** Where the text is, in words the user knows, e.g. 'note 12 in "Budget" (Friction map)'. */
  label: string;
  text: string;
}

/** The items whose text would show placeholders, to tell the user where before and after exporting. */
export function scanForUncovered<T extends ScanItem>(items: T[]): (T & { characters: string[] })[] {
  return items.flatMap((item) => {
    const characters = findUncoveredCharacters(item.text);
    return characters.length > 0 ? [{ ...item, characters }] : [];
  });
}
