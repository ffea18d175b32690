// The relay handoff map: for each buying stage what marketing and sales do, who owns it, and
// whether it is an exchange zone where both run together; plus the agreed lead definitions,
// follow-up service level and what happens to leads sales hands back.
import { z } from 'zod';
import { longText, requiredText, shortText } from '../workshop/fields';
import { itemIdSchema } from '../board/schema';

export const STAGE_OWNERS = ['marketing', 'sales', 'both', ''] as const;
export type StageOwner = (typeof STAGE_OWNERS)[number];
/** Who owns a stage, in words: the handoff screen and the report say the same. */
export const STAGE_OWNER_LABELS: Record<StageOwner, string> = { marketing: 'Marketing', sales: 'Sales', both: 'Both teams', '': 'Not agreed' };

export const handoffStageSchema = z.object({
  id: itemIdSchema,
  name: requiredText(shortText('Stage name', 60), 'A stage needs a name'),
  marketing: longText('What marketing does', 1000).default(''),
  sales: longText('What sales does', 1000).default(''),
  owner: z.enum(STAGE_OWNERS).default(''),
  exchangeZone: z.boolean().default(false),
});
export type HandoffStage = z.output<typeof handoffStageSchema>;

export const handoffMapSchema = z.object({
  stages: z.array(handoffStageSchema).min(1).max(12),
  /** What makes a marketing-qualified lead. */
  mqlDefinition: longText('Marketing-qualified lead', 1000).default(''),
  /** What makes a sales-qualified lead. */
  sqlDefinition: longText('Sales-qualified lead', 1000).default(''),
  /** Hours from hand-over to first contact by sales; null when not agreed. */
  followUpHours: z.number().int().min(0).max(720).nullable().default(null),
  followUpNotes: longText('Follow-up service level', 1000).default(''),
  /** What happens to leads sales sends back to marketing. */
  returnedLeads: longText('Returned leads', 1000).default(''),
});
export type HandoffMap = z.output<typeof handoffMapSchema>;

export const DEFAULT_STAGES = ['Awareness', 'Interest', 'Consideration', 'Intent', 'Purchase', 'Loyalty'];

/** A stage with nothing agreed yet. */
export function newStage(id: string, name: string): HandoffStage {
  return { id, name, marketing: '', sales: '', owner: '', exchangeZone: false };
}

export function updateStage(map: HandoffMap, id: string, change: Partial<Omit<HandoffStage, 'id'>>): HandoffMap {
  return { ...map, stages: map.stages.map((s) => (s.id === id ? { ...s, ...change } : s)) };
}
