// The small surface Baton uses from electron-store, which is a thin layer over `conf`. Electron
// passes an electron-store factory, browser mode and tests pass a `conf` one: the same code then
// reads and writes the same files either way (importing electron-store outside Electron throws).

export interface KeyValueStore {
  /** Absolute path of the JSON file behind the store. */
  readonly path: string;
  /** Reading parses the file (throws on invalid JSON); assigning writes it atomically. */
  store: Record<string, unknown>;
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
