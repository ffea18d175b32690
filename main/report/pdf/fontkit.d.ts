// The part of fontkit 2 (which ships no types) that Baton uses: glyph coverage, naming faces and sharing parsed fonts.
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    familyName: string;
    italicAngle: number;
    'OS/2': { usWeightClass: number };
    /** Every code point the font maps to a glyph. */
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  /** A .ttc collection returns a FontCollection (with `fonts`) unless a postscript name picks one. */
  export function openSync(filename: string): Font;
  export function create(bytes: Uint8Array, postscriptName?: string): Font;
}
