// Turns a stored file's text (or a store's parsed value) into a valid current document: JSON, then
// migrations up to the current schema version, then validation. Each failure is a message that
// names the file; `newer-version` marks a file to leave alone rather than set aside.
import type { z } from 'zod';
import { fail, ok, type Result } from '../../shared/result';
import { migrateForward, type DocumentKind } from '../../shared/storage/migrations';
import { describeIssues, issuesOf } from '../../shared/validation';
import { spellOutInvisibleTexts } from '../../shared/workshop/fields';

export interface DocumentReader<T> {
  fromValue(raw: unknown, what: string): Result<T>;
  fromText(text: string, what: string): Result<T>;
}

/** `label` names the kind of file in messages ("Workshop"); without `kind`, no migrations run. */
export function createDocumentReader<S extends z.ZodType>(schema: S, label: string, kind?: DocumentKind): DocumentReader<z.output<S>> {
  function fromValue(raw: unknown, what: string): Result<z.output<S>> {
    const migrated = kind ? migrateForward(kind, raw, what) : ok(raw);
    if (!migrated.ok) return migrated;
    let parsed = schema.safeParse(migrated.value);
    const repaired = parsed.success ? null : spellOutInvisibleTexts(migrated.value, parsed.error);
    if (repaired) parsed = schema.safeParse(repaired);
    if (parsed.success) return ok(parsed.data);
    const issues = issuesOf(parsed.error);
    return fail('storage', `${what} is not a valid ${label.toLowerCase()} file: ${describeIssues(issues)}`, issues);
  }
  return {
    fromValue,
    fromText(text, what) {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        return fail('storage', `${what} is not valid JSON: ${(error as Error).message}`);
      }
      return fromValue(raw, what);
    },
  };
}
