// The part of fontkit 2 (which ships no types) that Baton uses: glyph coverage and sharing parsed fonts.
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  /** A .ttc collection returns a FontCollection instead; Baton opens single TTF files only. */
  export function openSync(filename: string): Font;
  export function create(bytes: Uint8Array, postscriptName?: string): Font;
}
