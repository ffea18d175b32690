// A stored file the app could not use, reported to the user instead of being dropped in silence.
export interface StorageProblem {
  /** File name relative to the data directory, e.g. `workshops/abc123.json`. */
  file: string;
  /** One readable sentence: what is wrong, where the file is now, and what can be done. */
  message: string;
  /** Why the file could not be used: not JSON, invalid fields, or written by a newer Baton. */
  reason?: string;
  /** The document id, when the file name gives one. */
  id?: string;
  /** Where the file was moved, e.g. `quarantine/workshops/abc123-2026-11-25T09-00-00-000Z.json`; absent when it was left in place. */
  quarantined?: string;
  /** Whether a readable backup exists, so `restoreFromBackup` can bring the document back. */
  hasBackup?: boolean;
}
