// Errors as values: every service answer and every IPC/bridge response is a Result, so the
// renderer always gets a readable message (and the field it concerns) instead of a thrown error.

export type ErrorCode =
  | 'invalid-request'
  | 'not-found'
  | 'storage'
  | 'conflict'
  /** A stored document written by a newer Baton; it is left untouched. */
  | 'newer-version'
  /** The disk (or the user's quota) is full; nothing was written. The renderer retries its saves. */
  | 'disk-full'
  | 'unknown-channel'
  | 'forbidden'
  | 'internal';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `title` or `participants.3.team`; empty for the whole value. */
  path: string;
  message: string;
}

export interface BatonError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BatonError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): { ok: false; error: BatonError } => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});
