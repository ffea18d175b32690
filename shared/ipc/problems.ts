// A stored file the app could not use, reported to the user instead of being dropped in silence.
export interface StorageProblem {
  /** File name relative to the data directory, e.g. `workshops/abc123.json`. */
  file: string;
  message: string;
}
