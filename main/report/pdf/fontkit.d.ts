// The part of fontkit 2 (which ships no types) that glyph coverage uses.
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  /** A .ttc collection returns a FontCollection instead; Baton opens single TTF files only. */
  export function openSync(filename: string): Font;
}
