// Field schemas shared by every stored document: ids that are safe as file names, dates, short texts.
import { z } from 'zod';
import '../zodErrors';

/** Ids become file names (`workshops/<id>.json`), so they are restricted to a path-safe alphabet. */
export const documentIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{7,63}$/, 'must be an id of 8–64 lowercase letters, digits and dashes');

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** A calendar day as `YYYY-MM-DD`. */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

/** A calendar day, or empty when not decided yet. */
export const optionalDateSchema = z.union([z.literal(''), calendarDateSchema]);

export const timestampSchema = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 timestamp' });

export function shortText(label: string, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`) })
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`);
}
