// Which characters the embedded font cannot draw: pdfmake would drop them silently, so we find them first.
import type { Font } from 'fontkit';
import { fontFaces } from './fonts';
import { parsedFont } from './parsedFonts';

/**
 * Stands in for each character the font lacks. U+FFFD is the Unicode sign for "a character could
 * not be shown" and Noto Sans draws it in all four faces (U+25A1 □ is not in the font);
 * glyphCoverage.test.ts checks that.
 */
export const PLACEHOLDER = '\uFFFD';

let faces: Font[] | undefined;
const known = new Map<number, boolean>();

// All four faces, not only the regular one: the italics lack three rare code points the regular has.
function hasGlyph(codePoint: number): boolean {
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

function isCovered(text: string): boolean {
  for (const char of text) {
    if (!needsNoGlyph.test(char) && !hasGlyph(char.codePointAt(0)!)) return false;
  }
  return true;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Swaps every grapheme the font cannot draw (an emoji with skin tone or a ZWJ family is one
 * grapheme) for the placeholder, and lists the distinct graphemes swapped, in order of appearance.
 */
export function coverText(text: string, placeholder = PLACEHOLDER): { text: string; uncovered: string[] } {
  if (isCovered(text)) return { text, uncovered: [] };
  const uncovered = new Set<string>();
  let covered = '';
  for (const { segment } of graphemes.segment(text)) {
    if (isCovered(segment)) {
      covered += segment;
    } else {
      uncovered.add(segment);
      covered += placeholder;
    }
  }
  return { text: covered, uncovered: [...uncovered] };
}

/** The distinct graphemes in `text` that the embedded font cannot draw. */
export function findUncoveredCharacters(text: string): string[] {
  return coverText(text).uncovered;
}

export function replaceUncovered(text: string, placeholder = PLACEHOLDER): string {
  return coverText(text, placeholder).text;
}

export interface ScanItem {
  /** Where the text is, in words the user knows, e.g. "Note in Where the friction is". */
  label: string;
  text: string;
}

/** The items whose text would show placeholders, to tell the user before exporting. */
export function scanForUncovered<T extends ScanItem>(items: T[]): (T & { characters: string[] })[] {
  return items.flatMap((item) => {
    const characters = findUncoveredCharacters(item.text);
    return characters.length > 0 ? [{ ...item, characters }] : [];
  });
}
