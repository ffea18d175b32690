// The workshop document: what `workshops/<id>.json` holds and what a `.baton.json` file carries.
import { z } from 'zod';
import type { FieldIssue } from '../result';
import { actionsSchema, commitmentsSchema } from '../actions/schema';
import { agendaSchema, runtimeSchema } from '../agenda/schema';
import { NOTES_PER_WORKSHOP_MAX } from '../board/schema';
import { diagnosticStateSchema } from '../diagnostic/schema';
import { paperSizeSchema } from '../settings/schema';
import { documentIdSchema, optionalDateSchema, requiredText, shortText, timestampSchema } from './fields';

export const WORKSHOP_SCHEMA_VERSION = 1;
export const TITLE_MAX = 200;

/** What the facilitator types when creating a workshop or editing its details. */
export const workshopDetailsSchema = z.object({
  title: requiredText(shortText('Title', TITLE_MAX), 'Title is required'),
  client: shortText('Client', 200).default(''),
  date: optionalDateSchema.default(''),
  facilitator: shortText('Facilitator', 120).default(''),
});
export type WorkshopDetailsInput = z.input<typeof workshopDetailsSchema>;
export type WorkshopDetails = z.output<typeof workshopDetailsSchema>;

/** How this workshop is shown; part of its design, so templates carry it too. */
export const workshopSettingsSchema = z.object({
  /** Hide participant names everywhere, on screen and in the report. */
  anonymous: z.boolean().default(false),
  /** Paper for this workshop's report; null follows the app's setting. */
  paperSize: paperSizeSchema.nullable().default(null),
});

export const workshopDocumentSchema = z.object({
  schemaVersion: z.literal(WORKSHOP_SCHEMA_VERSION),
  id: documentIdSchema,
  ...workshopDetailsSchema.shape,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  settings: workshopSettingsSchema.prefault({}),
  agenda: agendaSchema.default([]),
  diagnostic: diagnosticStateSchema.prefault({}),
  actions: actionsSchema.default([]),
  commitments: commitmentsSchema.prefault({}),
  runtime: runtimeSchema.prefault({}),
  /**
   * The earlier workshop this one is compared with (a re-check follows up an earlier day); null
   * when it stands alone. Only the id: the earlier workshop may be deleted later, so whoever reads
   * this treats a missing one as "not linked" rather than as an error.
   */
  earlierWorkshopId: documentIdSchema.nullable().default(null),
}).superRefine((doc, ctx) => {
  const broken = workshopRuleBroken(doc);
  if (broken) ctx.addIssue({ code: 'custom', path: [broken.path], message: broken.message });
});

interface NotesHolder {
  agenda: readonly { board: { notes: readonly unknown[] } | null }[];
}

/** How many notes a workshop holds, across all its boards. */
export function countNotes(doc: NotesHolder): number {
  return doc.agenda.reduce((sum, a) => sum + (a.board?.notes.length ?? 0), 0);
}

/**
 * The rule that spans the whole document rather than one part of it; saving changes
 * (changes.ts) validates each part it receives and then checks this on the result.
 */
export function workshopRuleBroken(doc: NotesHolder): FieldIssue | null {
  const notes = countNotes(doc);
  return notes > NOTES_PER_WORKSHOP_MAX ? { path: 'agenda', message: `A workshop holds at most ${NOTES_PER_WORKSHOP_MAX} notes; this one has ${notes}` } : null;
}

export type WorkshopDocumentInput = z.input<typeof workshopDocumentSchema>;
export type WorkshopDocument = z.output<typeof workshopDocumentSchema>;

/** What the home screen lists: enough to recognise a workshop without loading its content. */
export interface WorkshopSummary {
  id: string;
  title: string;
  client: string;
  date: string;
  facilitator: string;
  updatedAt: string;
  /** See `earlierWorkshopId` on the document. */
  earlierWorkshopId: string | null;
}
