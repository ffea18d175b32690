// The shapes of export requests and answers, shared by the contract, main and the renderer.
import { z } from 'zod';

export const EXPORT_FORMATS = ['pdf', 'workshop', 'notes-csv', 'actions-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const exportFormatSchema = z.enum(EXPORT_FORMATS);

/** A piece of report text with characters no embedded font can draw. */
export interface UncoveredText {
  /** Where it is, e.g. "Note in Where the friction is". */
  where: string;
  text: string;
  characters: string[];
}

export type ExportResult =
  | { status: 'saved'; path: string; fileName: string; bytes: number; replaced: string[] }
  | { status: 'download'; fileName: string; mime: string; base64: string; replaced: string[] }
  | { status: 'cancelled' }
  | { status: 'needs-confirmation'; uncovered: UncoveredText[] };
