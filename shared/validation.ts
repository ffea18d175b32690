// Turns zod failures into the FieldIssue list every edge of the app reports.
import type { z } from 'zod';
import { fail, ok, type FieldIssue, type Result } from './result';

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** One line naming the field and the problem, e.g. `title: Title is required`. */
export function describeIssues(issues: FieldIssue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
}

/** The first few issues as one line, saying how many more there are. */
export function describeFirstIssues(issues: FieldIssue[], shown = 5): string {
  return `${describeIssues(issues.slice(0, shown))}${issues.length > shown ? ` (and ${issues.length - shown} more)` : ''}`;
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): Result<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issues = issuesOf(parsed.error);
  return fail('invalid-request', `${what} is not valid: ${describeIssues(issues)}`, issues);
}
