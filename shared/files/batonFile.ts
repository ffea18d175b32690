// Reading Baton's JSON files (`.baton.json` workshops, `.baton-template.json` templates): the same
// checks and messages for every kind. Each file is its document plus a `kind` marker, so a file can
// be recognised before it is read.
import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { documentKinds, migrateForward } from '../storage/migrations';
import { describeFirstIssues, issuesOf } from '../validation';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export type BatonFileKind = 'workshop' | 'template';

const probeSchema = z.object({ kind: z.unknown().optional(), schemaVersion: z.unknown().optional() }).loose();

export function batonFileContent(kind: BatonFileKind, document: object): string {
  return `${JSON.stringify({ kind, ...document }, null, 2)}\n`;
}

/** The `kind` a file says it holds, or null when it is not a JSON object naming one. */
export function fileKind(text: string): BatonFileKind | null {
  try {
    const probe = probeSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
    const kind = probe.success ? probe.data.kind : undefined;
    return kind === 'workshop' || kind === 'template' ? kind : null;
  } catch {
    return null;
  }
}

/**
 * Parses a file of one kind. Errors name the problem: too large, not JSON (with the position),
 * another kind of file, a newer schema version than this Baton knows, or the first invalid fields.
 */
export function parseBatonFile<S extends z.ZodType>(
  text: string,
  { kind, schema, name }: { kind: BatonFileKind; schema: S; name: string },
): Result<z.output<S>> {
  if (text.length > MAX_IMPORT_BYTES) return fail('invalid-request', `${name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('invalid-request', `${name} is not valid JSON: ${(error as Error).message}`);
  }
  const probe = probeSchema.safeParse(raw);
  if (!probe.success) return fail('invalid-request', `${name} does not hold a Baton ${kind} (expected a JSON object).`);
  const given = probe.data.kind;
  if (given !== undefined && given !== kind) {
    // Only text is named: String() of a hostile value (an array nested 100,000 deep) would overflow the stack.
    if (typeof given !== 'string') return fail('invalid-request', `${name} does not hold a Baton ${kind} (its "kind" is not text).`);
    return fail('invalid-request', `${name} holds a Baton ${given.slice(0, 40)}, not a ${kind}.`);
  }
  // Files from older Batons are upgraded as stored ones are; a newer one is refused, not misread.
  const migrated = migrateForward(documentKinds[kind], raw, name);
  if (!migrated.ok && migrated.error.code === 'newer-version') return fail('invalid-request', migrated.error.message);
  if (!migrated.ok) return fail('invalid-request', `${name} is not a valid ${kind}: schemaVersion: ${migrated.error.message.replace(`${name} `, '')}`);
  raw = migrated.value;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    return fail('invalid-request', `${name} is not a valid ${kind}: ${describeFirstIssues(issues)}`, issues);
  }
  return ok(parsed.data);
}
