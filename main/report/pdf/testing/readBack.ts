// What a report test expects to read back from the PDF: every tagged text of a limit workshop
// (shared/report/limitTesting.ts), whole (its start and end tags), and the section headings.
import { execFileSync } from 'node:child_process';
import type { ReportModel } from '../../../../shared/report/model';

const TAG = /\b(?:[A-Z]{2,}\d*|[A-Z]\d+)[az]\b/g;

/**
 * The words of a PDF's text as pdftotext reads it, punctuation stripped. Read as laid out, since
 * in reading order pdftotext joins a word broken after a hyphen to the next line's first word.
 */
export function pdfWords(file: string): Set<string> {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return new Set(text.split(/[\s“”"()[\],.;:…·]+/u).filter(Boolean));
}

/** The PDF's text as laid out (see pdfWords), whitespace collapsed, for finding phrases that may wrap. */
export function pdfFlatText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }).replace(/\s+/g, ' ');
}

/**
 * The start and end tags of every text people typed that the report model holds, so the PDF must
 * print (a workshop's empty boards, and names in an anonymous one, are not in the model); notes
 * and their authors only when the notes appendix is in the PDF.
 */
export function expectedTags(model: ReportModel, { notesInCsv }: { notesInCsv: boolean }): string[] {
  const tags = new Set(JSON.stringify(model).match(TAG) ?? []);
  return [...tags].filter((tag) => !(notesInCsv && /^[NHW]\d/.test(tag)));
}

/** Section and sub-section headings the model calls for, in the order the report prints them. */
export function expectedHeadings(model: ReportModel): string[] {
  return [
    'Executive summary',
    'Diagnostic',
    'Recommendations',
    ...(model.recommendations.length ? ['Where to start'] : []),
    ...(model.recommendations.some((r) => !r.startHere) ? ['Further recommendations'] : []),
    'Perception gaps and team splits',
    ...(model.boards.length ? ['Themes from each activity'] : []),
    ...model.handoffs.map((h) => `Relay handoff map: ${h.activity}`),
    ...model.messaging.map((m) => `Messaging platform: ${m.activity}`),
    'Action plan',
    ...(model.actions.length ? ['Wall plan'] : []),
    'Commitments and sign-off',
    'Next steps',
    'Appendix: all notes by activity',
    'Appendix: scores per participant',
    'Method and attribution',
  ];
}

/** Text without whitespace: a line may break anywhere in a long word, even in a heading. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/** The first of `phrases` not found in `text` after the one before, whitespace aside; null when all are. */
export function firstMissingInOrder(text: string, phrases: readonly string[]): string | null {
  const squashed = squash(text);
  let from = 0;
  for (const phrase of phrases) {
    const at = squashed.indexOf(squash(phrase), from);
    if (at < 0) return phrase;
    from = at;
  }
  return null;
}
