// The shapes of export requests and answers, shared by the contract, main and the renderer.
import { z } from 'zod';

export const EXPORT_FORMATS = ['pdf', 'workshop', 'notes-csv', 'actions-csv', 'answers-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const exportFormatSchema = z.enum(EXPORT_FORMATS);

/** A piece of report text with characters no font (embedded or on this machine) can draw. */
export interface UncoveredText {
  /** Where it is, e.g. 'note 12 in "Budget" (Friction map)' or 'action 3 owner'. */
  where: string;
  text: string;
  characters: string[];
}

/** One line of a warning: which characters print as the placeholder, and where they are. */
export function describeUncovered(item: UncoveredText): string {
  return `${item.characters.join(' ')} in ${item.where}`;
}

export type ExportResult =
  | { status: 'saved'; path: string; fileName: string; bytes: number; placeholders: UncoveredText[] }
  | { status: 'download'; fileName: string; mime: string; base64: string; placeholders: UncoveredText[] }
  | { status: 'cancelled' }
  | { status: 'needs-confirmation'; uncovered: UncoveredText[] };

/** The pre-workshop kit (questionnaire PDF and answers CSV template): two files, saved into one folder or downloaded. */
export type KitExportResult =
  | { status: 'saved'; folder: string; paths: string[] }
  | { status: 'download'; files: { fileName: string; mime: string; base64: string }[] }
  | { status: 'cancelled' };
