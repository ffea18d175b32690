// The `.baton.json` workshop file: the whole workshop document, schema-versioned, marked with its
// kind so a file can be recognised before it is read. Importing it gives a new workshop.
import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { describeIssues, issuesOf } from '../validation';
import { WORKSHOP_SCHEMA_VERSION, workshopDocumentSchema, type WorkshopDocument } from '../workshop/schema';

export const WORKSHOP_FILE_EXTENSION = '.baton.json';
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function workshopFileContent(doc: WorkshopDocument): string {
  return `${JSON.stringify({ kind: 'workshop', ...doc }, null, 2)}\n`;
}

/**
 * A file name from a title: letters (of any script), digits and dashes, never empty. Characters
 * that file systems forbid (/ \ : * ? " < > |) are not letters, so they never get through.
 */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'workshop';
}

const kindProbe = z.object({ kind: z.string().optional(), schemaVersion: z.unknown().optional() }).loose();

/**
 * Reads a workshop file's text. Errors name the problem: not JSON (with the position), another
 * kind of file, a newer schema version than this Baton knows, or the first invalid fields.
 */
export function parseWorkshopFile(text: string, name = 'The file'): Result<WorkshopDocument> {
  if (text.length > MAX_IMPORT_BYTES) return fail('invalid-request', `${name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('invalid-request', `${name} is not valid JSON: ${(error as Error).message}`);
  }
  const probe = kindProbe.safeParse(raw);
  if (!probe.success) return fail('invalid-request', `${name} does not hold a Baton workshop (expected a JSON object).`);
  if (probe.data.kind !== undefined && probe.data.kind !== 'workshop') {
    return fail('invalid-request', `${name} holds a Baton ${String(probe.data.kind)}, not a workshop.`);
  }
  const version = probe.data.schemaVersion;
  if (typeof version === 'number' && version > WORKSHOP_SCHEMA_VERSION) {
    return fail('invalid-request', `${name} was written by a newer Baton (schema version ${version}; this one reads up to ${WORKSHOP_SCHEMA_VERSION}). Update Baton to open it.`);
  }
  const parsed = workshopDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    return fail('invalid-request', `${name} is not a valid workshop: ${describeIssues(issues.slice(0, 5))}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`, issues);
  }
  return ok(parsed.data);
}
