// Test helpers that read PDFs back with poppler-utils, the way a reader's viewer would see them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8' });
}

/** Writes the PDF into `dir` and returns its path. */
export function savePdf(pdf: Uint8Array, dir: string, name: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  return file;
}

/** The text of each page, as laid out (`pdftotext -layout`). */
export function pageTexts(file: string): string[] {
  return run('pdftotext', ['-layout', file, '-']).split('\f').slice(0, -1);
}

export function pdfInfo(file: string): string {
  return run('pdfinfo', [file]);
}

export function pdfFonts(file: string): string {
  return run('pdffonts', [file]);
}

/** Renders page 1 to `<dir>/<name>.png` and returns that path. */
export function firstPagePng(file: string, dir: string, name: string, dpi = 70): string {
  run('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', file, path.join(dir, name)]);
  return path.join(dir, `${name}.png`);
}

/** The titles of the PDF's bookmarks (outline items), in file order; ASCII titles only. */
export function outlineTitles(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...text.matchAll(/\/Parent \d+ 0 R\n\/Title \(([^)]*)\)/g)].map((m) => m[1]!);
}

export interface PlacedWord {
  text: string;
  xMin: number;
  yMin: number;
}

/** The words of each page where they are drawn (`pdftotext -bbox`), each as its glyphs run left to right. */
export function pageWords(file: string): PlacedWord[][] {
  const xml = run('pdftotext', ['-bbox', file, '-']);
  return xml
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ text: m[3]!, xMin: Number(m[1]), yMin: Number(m[2]) })),
    );
}

/** pdftotext marks right-to-left runs with Unicode embedding controls; a reader sees none. */
export function withoutBidiControls(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '');
}
