// Maps validation issues (from the shared schema in the form, or from main) to one message per field.
import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/result';
import { issuesOf } from '../../../shared/validation';

export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(issues: FieldIssue[] | undefined, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues ?? []) {
    const key = prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Validates in the renderer with the same schema main uses, for errors as the user submits. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): { data: z.output<S> } | { errors: FieldErrors } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { data: parsed.data } : { errors: fieldErrorsOf(issuesOf(parsed.error)) };
}
