// The embedded PDF font: Noto Sans from npm, found the same way from sources (vitest) and from out/main.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';

/** The family name the shared SVG charts ask for (`font-family="'Noto Sans', sans-serif"`). */
export const FONT_FAMILY = 'Noto Sans';

// Resolving the package (not a path relative to this file) works wherever Rollup puts this code:
// src/main/report/pdf, out/main or out/main/chunks.
const require = createRequire(import.meta.url);
const fontsDir = path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));

export const fontFiles = {
  normal: path.join(fontsDir, '400Regular/NotoSans_400Regular.ttf'),
  bold: path.join(fontsDir, '700Bold/NotoSans_700Bold.ttf'),
  italics: path.join(fontsDir, '400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
  bolditalics: path.join(fontsDir, '700Bold_Italic/NotoSans_700Bold_Italic.ttf'),
};

/** The four faces, regular first. */
export const fontFaces = Object.keys(fontFiles) as (keyof typeof fontFiles)[];

export function registerFonts(pdfmake: { addFonts(fonts: TFontDictionary): void }): void {
  pdfmake.addFonts({ [FONT_FAMILY]: { ...fontFiles } });
}

/** The only local files pdfmake may read: a document cannot pull in other files from disk. */
export function isFontFile(file: string): boolean {
  return path.resolve(file).startsWith(fontsDir + path.sep);
}
