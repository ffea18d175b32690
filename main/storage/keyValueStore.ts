// The small surface Baton uses from electron-store, which is a thin layer over `conf`. Electron
// passes an electron-store factory, browser mode and tests pass a `conf` one: the same code then
// reads and writes the same files either way (importing electron-store outside Electron throws).

export interface KeyValueStore {
  /** Absolute path of the JSON file behind the store. */
  readonly path: string;
  /** Parses the file (throws on invalid JSON); a missing file reads as {}. */
  read(): Record<string, unknown>;
  /** Replaces the file's content atomically (temporary file, flush, rename). */
  write(value: Record<string, unknown>): void;
}

export interface OpenStoreOptions {
  /** Directory holding the file. */
  directory: string;
  /** File name without the `.json` extension. */
  name: string;
}

export type OpenStore = (options: OpenStoreOptions) => KeyValueStore;

/** Options both libraries understand; `configName` is what electron-store calls `name`. */
export function commonStoreOptions({ directory, name }: OpenStoreOptions) {
  return {
    cwd: directory,
    configName: name,
    fileExtension: 'json',
    // Keys such as note ids are data, never paths into nested objects.
    accessPropertiesByDotNotation: false,
    // A file that does not parse must be reported and kept, never replaced by an empty store.
    clearInvalidConfig: false,
  } as const;
}

/** What conf and electron-store (a conf subclass) have at run time, private parts included. */
export interface ConfInstance {
  readonly path: string;
  store: Record<string, unknown>;
  _write?: (value: Record<string, unknown>) => void;
}

/**
 * conf's `store` setter first reads and parses the whole file again to carry over a private
 * `__internal__` key that Baton never sets, which made saving a 2,000-note workshop twice as slow
 * (npm run bench). `_write` is the rest of that setter: serialise, then write atomically. It is
 * private in conf's types only, so it is used when present and the setter otherwise.
 */
export function keyValueStoreOf(conf: ConfInstance): KeyValueStore {
  return {
    path: conf.path,
    read: () => conf.store,
    write: (value) => (typeof conf._write === 'function' ? conf._write(value) : (conf.store = value)),
  };
}
