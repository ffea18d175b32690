// The pre-workshop kit: the blank questionnaire PDF (A4 or Letter) and the CSV template to type
// paper answers into, made once here for the app (exportService) and the CLI (`baton kit`).
import fs from 'node:fs';
import path from 'node:path';
import { answersCsvTemplate } from '../../shared/diagnostic/csvImport';
import type { PaperSize } from '../../shared/settings/schema';
import { missingItems } from '../report/completeness';
import { contentWidth } from '../report/pdf/pageFurniture';
import type { PdfJob, PdfRenderer } from '../report/pdf/pdfRenderer';
import { atomicWriteFileSync } from '../storage/atomicWrite';
import { KIT_TITLE, kitContent, kitItems, kitStyles } from './kitDocument';

export interface KitFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

export const kitFileNames = (paperSize: PaperSize) => ({
  pdf: `diagnostic-questionnaire-${paperSize}.pdf`,
  csv: 'diagnostic-answers-template.csv',
});

/** The render job; plain data, as it is posted to the PDF worker. */
export function kitJob(paperSize: PaperSize): PdfJob {
  return {
    title: KIT_TITLE,
    paperSize,
    doc: {
      info: { title: KIT_TITLE, author: 'Baton', subject: 'Blank alignment diagnostic questionnaire', creator: 'Baton' },
      language: 'en-GB',
      content: kitContent({ width: contentWidth(paperSize) }),
      styles: kitStyles,
    },
  };
}

export async function renderKitPdf(renderer: PdfRenderer, paperSize: PaperSize): Promise<Uint8Array> {
  const result = await renderer.render(kitJob(paperSize));
  // A questionnaire missing a statement would score wrongly without anyone noticing.
  const missing = missingItems(kitItems, result.placement);
  if (missing.length > 0) throw new Error(`The questionnaire was not written: ${missing.join('; ')} did not fit on its pages. This is a bug in Baton.`);
  return result.pdf;
}

/** Both files of the kit, the questionnaire first. */
export async function buildKitFiles(renderer: PdfRenderer, paperSize: PaperSize): Promise<KitFile[]> {
  const names = kitFileNames(paperSize);
  return [
    { fileName: names.pdf, mime: 'application/pdf', bytes: await renderKitPdf(renderer, paperSize) },
    { fileName: names.csv, mime: 'text/csv', bytes: new TextEncoder().encode(answersCsvTemplate()) },
  ];
}

/**
 * Writes the files into an existing folder, each atomically (never half a file), and returns their
 * paths. Throws with the file named when the folder cannot be written to.
 */
export function writeKitFiles(folder: string, files: readonly KitFile[]): string[] {
  return files.map((file) => {
    const target = path.join(folder, file.fileName);
    atomicWriteFileSync(target, file.bytes);
    return target;
  });
}

/** Why `folder` cannot take the kit, or null when it can. */
export function folderProblem(folder: string): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    return `${folder}: no such folder.`;
  }
  if (!stat.isDirectory()) return `${folder}: not a folder.`;
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    return `${folder}: the folder is not writable.`;
  }
  return null;
}
