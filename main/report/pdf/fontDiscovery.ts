// Finds the fonts installed on this machine that draw a character: fontconfig on Linux, the
// standard font folders on macOS and Windows (or the folders BATON_FONT_DIRS names).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Font } from 'fontkit';
import { fontkit } from './parsedFonts';

/** One face of an installed font file (a .ttc collection holds several). */
export interface FontFace {
  file: string;
  /** Names the face inside a .ttc collection; absent for a single-font file. */
  postscriptName?: string;
  family: string;
  bold: boolean;
  italic: boolean;
}

/** Where to look: fontconfig, a list of folders, or nowhere (a machine with no other fonts). */
export type FontSearch = { kind: 'fontconfig' } | { kind: 'folders'; folders: string[] };

/**
 * BATON_FONT_DIRS, when set, replaces the platform's own search with these folders (separated by
 * the platform's path delimiter); set to the empty string it searches nothing, which is how tests
 * simulate a machine without other fonts.
 */
export function fontSearchFor(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): FontSearch {
  const override = env['BATON_FONT_DIRS'];
  if (override !== undefined) return { kind: 'folders', folders: override.split(path.delimiter).filter(Boolean) };
  const home = os.homedir();
  if (platform === 'darwin') return { kind: 'folders', folders: ['/System/Library/Fonts', '/Library/Fonts', path.join(home, 'Library/Fonts')] };
  if (platform === 'win32') {
    const windows = env['WINDIR'] ?? 'C:\\Windows';
    const local = env['LOCALAPPDATA'] ?? path.join(home, 'AppData', 'Local');
    return { kind: 'folders', folders: [path.join(windows, 'Fonts'), path.join(local, 'Microsoft', 'Windows', 'Fonts')] };
  }
  if (hasFontconfig()) return { kind: 'fontconfig' };
  return { kind: 'folders', folders: ['/usr/share/fonts', '/usr/local/share/fonts', path.join(home, '.local/share/fonts'), path.join(home, '.fonts')] };
}

function hasFontconfig(): boolean {
  try {
    execFileSync('fc-list', ['--version'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

// pdfkit embeds outline fonts only; colour emoji fonts (bitmaps) would print nothing.
const FONT_FILE = /\.(ttf|otf|ttc)$/i;
const UNUSABLE_FAMILY = /emoji/i;

/** The faces fontconfig says draw `codePoint`. */
function fontconfigFaces(codePoint: number): FontFace[] {
  let listing: string;
  try {
    listing = execFileSync('fc-list', ['--format', '%{file}\t%{postscriptname}\t%{family[0]}\t%{weight}\t%{slant}\n', `:charset=${codePoint.toString(16)}`], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return [];
  }
  return listing.split('\n').flatMap((line) => {
    const [file, postscriptName, family, weight, slant] = line.split('\t');
    if (!file || !postscriptName || !family || !FONT_FILE.test(file)) return [];
    const face: FontFace = { file, family, bold: Number(weight) >= 180, italic: Number(slant) > 0 };
    if (/\.ttc$/i.test(file)) face.postscriptName = postscriptName;
    return [face];
  });
}

interface IndexedFace extends FontFace {
  characters: Set<number>;
}

const MAX_FILES = 5000;

function fontFilesIn(folder: string, found: string[], depth = 0): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (found.length >= MAX_FILES) return;
    const file = path.join(folder, entry.name);
    if (entry.isDirectory() && depth < 5) fontFilesIn(file, found, depth + 1);
    else if (FONT_FILE.test(entry.name) && !UNUSABLE_FAMILY.test(entry.name)) found.push(file);
  }
}

/** Reads each font file in the folders once, keeping only what a face is called and what it draws. */
function indexFolders(folders: string[]): IndexedFace[] {
  const files: string[] = [];
  for (const folder of folders) fontFilesIn(folder, files);
  return files.sort().flatMap((file) => {
    try {
      const opened = fontkit.create(fs.readFileSync(file)) as Font | { fonts: Font[] };
      const isCollection = 'fonts' in opened;
      return (isCollection ? opened.fonts : [opened]).map((font): IndexedFace => {
        const face: IndexedFace = { file, family: font.familyName, bold: font['OS/2']?.usWeightClass >= 600, italic: font.italicAngle !== 0, characters: new Set(font.characterSet) };
        if (isCollection) face.postscriptName = font.postscriptName;
        return face;
      });
    } catch {
      // A damaged or unsupported file is simply not a candidate.
      return [];
    }
  });
}

/** Lists the installed faces that draw a character; folder indexes are built once and kept. */
export function createFontFinder(search: FontSearch): (codePoint: number) => FontFace[] {
  if (search.kind === 'fontconfig') return (codePoint) => fontconfigFaces(codePoint).filter((face) => !UNUSABLE_FAMILY.test(face.family));
  let index: IndexedFace[] | undefined;
  return (codePoint) => {
    index ??= indexFolders(search.folders);
    return index.filter((face) => face.characters.has(codePoint) && !UNUSABLE_FAMILY.test(face.family));
  };
}

/**
 * Higher is better: Noto Sans (the report's own design) before other sans faces, upright regular
 * before bold or italic, plain before serif, monospace and display cuts. Ties fall to the name,
 * so the same machine always picks the same font.
 */
function faceScore(face: FontFace): number {
  let score = 0;
  if (/^Noto Sans\b/.test(face.family)) score += 8;
  else if (/^Noto\b/.test(face.family)) score += 4;
  if (/Mono/i.test(face.family)) score -= 6;
  if (/Serif|Naskh|Nastaliq|Kufi|Looped|Display|Quran|Color|UI\b/i.test(face.family)) score -= 3;
  if (face.bold) score -= 10;
  if (face.italic) score -= 10;
  return score;
}

/** `bonus` (less than a point) breaks ties within a score, e.g. the CJK cut for the text's region. */
export function rankFaces(faces: FontFace[], bonus: (face: FontFace) => number = () => 0): FontFace[] {
  const key = (face: FontFace) => `${face.family}\t${face.file}\t${face.postscriptName ?? ''}`;
  const score = (face: FontFace) => faceScore(face) + bonus(face) / 2;
  return [...faces].sort((a, b) => score(b) - score(a) || key(a).localeCompare(key(b)));
}
