// Schema migrations for stored documents: each kind names the schemaVersion this Baton writes and
// a function per older version lifting a document one version up, so adding version 2 is one
// function here plus one fixture of version 1 in main/storage/fixtures/.
import { fail, ok, type Result } from '../result';
import { SETTINGS_SCHEMA_VERSION } from '../settings/schema';
import { TEMPLATE_SCHEMA_VERSION } from '../templates/schema';
import { WORKSHOP_SCHEMA_VERSION } from '../workshop/schema';

/** Lifts a document from version n to n + 1; the runner sets `schemaVersion` afterwards. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export interface DocumentKind {
  /** Used in messages: "… is not a valid workshop file". */
  name: string;
  /** The version this Baton writes and the newest it reads. */
  current: number;
  /** The oldest version this Baton reads. */
  oldest: number;
  /** `steps[n]` lifts version n to n + 1, for every n from `oldest` to `current - 1`. */
  steps: Readonly<Partial<Record<number, Migration>>>;
}

export type DocumentKindName = 'workshop' | 'settings' | 'template';

export const documentKinds: Record<DocumentKindName, DocumentKind> = {
  // Every Baton so far has written version 1. Fields added since the first release (settings,
  // agenda, diagnostic, actions, commitments, runtime) have schema defaults, so files from every
  // earlier release read as version 1 without a migration; the fixtures prove it.
  workshop: { name: 'workshop', current: WORKSHOP_SCHEMA_VERSION, oldest: 1, steps: {} },
  settings: { name: 'settings', current: SETTINGS_SCHEMA_VERSION, oldest: 1, steps: {} },
  template: { name: 'template', current: TEMPLATE_SCHEMA_VERSION, oldest: 1, steps: {} },
};

export function newerVersionMessage(what: string, version: number, current: number): string {
  return `${what} was written by a newer Baton (schema version ${version}; this one reads up to ${current}). Update Baton to open it.`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings a parsed document up to `kind.current`. A document without a whole-number version is
 * returned as it is, for the schema to describe what is wrong with it. A newer version is refused
 * with code `newer-version`: fields this release does not know would be lost if it were read.
 */
export function migrateForward(kind: DocumentKind, raw: unknown, what: string): Result<unknown> {
  if (!isRecord(raw) || !Number.isInteger(raw.schemaVersion)) return ok(raw);
  const version = raw.schemaVersion as number;
  if (version > kind.current) return fail('newer-version', newerVersionMessage(what, version, kind.current));
  if (version < kind.oldest) {
    return fail('storage', `${what} has schema version ${version}, older than any this Baton reads (from ${kind.oldest}).`);
  }
  let doc = raw;
  for (let from = version; from < kind.current; from++) {
    const step = kind.steps[from];
    // A gap in the registry is a bug in Baton, not in the file; the registry test catches it.
    if (!step) throw new Error(`No migration of ${kind.name} documents from version ${from} to ${from + 1}`);
    try {
      doc = { ...step(doc), schemaVersion: from + 1 };
    } catch (error) {
      return fail('storage', `${what} could not be upgraded from schema version ${from}: ${(error as Error).message}`);
    }
  }
  return ok(doc);
}
