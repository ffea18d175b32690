// Field schemas shared by every stored document: ids that are safe as file names, dates, short texts.
import { z } from 'zod';
import '../zodErrors';
import { closeBidi, dropControls, hasVisibleText, type TextLines } from '../text/plainText';

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

interface TextOptions {
  /** Tabs and line breaks kept (descriptions, prompts, notes) or turned into spaces (titles, names). */
  lines?: TextLines;
  /** Leading and trailing white space removed; a note keeps its text as typed. */
  trim?: boolean;
  /** The message for text over `max`, when the field has its own words for it. */
  tooLong?: string;
}

/**
 * Every text field of every document: control characters dropped, bidi controls closed, at most
 * `max` characters. See shared/text/plainText.ts for the rule.
 */
export function plainText(label: string, max: number, { lines = 'single', trim = true, tooLong }: TextOptions = {}) {
  const base = z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`) })
    .overwrite((text) => dropControls(text, lines));
  return (trim ? base.trim() : base).max(max, tooLong ?? `${label} must be ${max} characters or fewer`).overwrite(closeBidi);
}

/** One line of text: a title, a name, a label. */
export function shortText(label: string, max: number) {
  return plainText(label, max);
}

/** Text that may run over several lines: a description, a prompt, facilitator notes. */
export function longText(label: string, max: number) {
  return plainText(label, max, { lines: 'multi' });
}

/**
 * Text that must say something: empty text, and text with nothing visible in it (zero-width
 * spaces, a lone bidi override), is refused with `message`. Forms check the same rule.
 */
export function requiredText<S extends z.ZodString>(text: S, message: string) {
  return text.min(1, { message, abort: true }).refine(hasVisibleText, { message, params: { invisibleText: true } });
}

/**
 * Files saved before the rule above may hold a title of only invisible characters. Rather than
 * set such a file aside, a stored document gets each such text spelled out (`[U+200B]`), visible
 * and editable. Returns the repaired copy, or null when the document has other problems too.
 */
export function spellOutInvisibleTexts(raw: unknown, error: z.ZodError): unknown {
  if (!error.issues.every((issue) => issue.code === 'custom' && issue.params?.invisibleText === true)) return null;
  const copy = structuredClone(raw) as Record<PropertyKey, unknown>;
  for (const { path } of error.issues) {
    const holder = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], copy);
    const key = path[path.length - 1]!;
    const text = (holder as Record<PropertyKey, unknown> | undefined)?.[key];
    if (typeof text !== 'string') return null;
    const points = [...text].slice(0, 6).map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    (holder as Record<PropertyKey, unknown>)[key] = `[${points.join(' ')}${[...text].length > 6 ? ' …' : ''}]`;
  }
  return copy;
}
