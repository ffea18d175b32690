// Where Baton looks for installed fonts on each platform, which face it prefers, and the folder search.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFontFinder, fontSearchFor, rankFaces, type FontFace } from './fontDiscovery';

const NOTO_FOLDER = '/usr/share/fonts/truetype/noto';

describe('fontSearchFor', () => {
  it('searches nothing when BATON_FONT_DIRS is empty, and the folders it names otherwise', () => {
    expect(fontSearchFor({ BATON_FONT_DIRS: '' }, 'linux')).toEqual({ kind: 'folders', folders: [] });
    expect(fontSearchFor({ BATON_FONT_DIRS: ['/a', '/b'].join(path.delimiter) }, 'win32')).toEqual({ kind: 'folders', folders: ['/a', '/b'] });
  });

  it('looks in the standard font folders on macOS and Windows', () => {
    const mac = fontSearchFor({}, 'darwin');
    expect(mac.kind === 'folders' && mac.folders.slice(0, 2)).toEqual(['/System/Library/Fonts', '/Library/Fonts']);
    const windows = fontSearchFor({ WINDIR: 'C:\\Windows', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32');
    expect(windows.kind === 'folders' && windows.folders).toEqual([path.join('C:\\Windows', 'Fonts'), path.join('C:\\Users\\a\\AppData\\Local', 'Microsoft', 'Windows', 'Fonts')]);
  });
});

describe('rankFaces', () => {
  const face = (family: string, more: Partial<FontFace> = {}): FontFace => ({ file: `/f/${family}.ttf`, family, bold: false, italic: false, ...more });

  it('prefers Noto Sans, then other sans faces, upright and regular, and breaks ties by name', () => {
    const ranked = rankFaces([
      face('DejaVu Sans'),
      face('Noto Sans Arabic', { bold: true }),
      face('Noto Naskh Arabic'),
      face('Noto Sans Arabic UI'),
      face('Noto Sans Arabic'),
      face('Amiri'),
    ]).map((f) => `${f.family}${f.bold ? ' bold' : ''}`);
    expect(ranked).toEqual(['Noto Sans Arabic', 'Noto Sans Arabic UI', 'Noto Naskh Arabic', 'Amiri', 'DejaVu Sans', 'Noto Sans Arabic bold']);
  });

  it('lets a bonus pick among equals, such as the CJK cut for the text’s region', () => {
    const faces = ['Noto Sans CJK JP', 'Noto Sans CJK KR', 'Noto Sans CJK SC', 'Noto Serif CJK KR'].map((family) => face(family));
    expect(rankFaces(faces, (f) => Number(/KR/.test(f.family)))[0]!.family).toBe('Noto Sans CJK KR');
  });
});

describe.runIf(fs.existsSync(NOTO_FOLDER))('searching folders (as on macOS and Windows)', () => {
  it('finds the faces in a folder that draw a character, and none in no folder', () => {
    const find = createFontFinder({ kind: 'folders', folders: [NOTO_FOLDER] });
    const arabic = rankFaces(find('م'.codePointAt(0)!));
    expect(arabic[0]).toMatchObject({ family: 'Noto Sans Arabic', bold: false, italic: false });
    expect(find(0x1f389)).toEqual([]);
    expect(createFontFinder({ kind: 'folders', folders: [] })('م'.codePointAt(0)!)).toEqual([]);
  });
});
