// The small surface Baton uses from electron-store, which is a thin layer over `conf`. Electron
// passes an electron-store factory, browser mode and tests pass a `conf` one: the same code then
// reads and writes the same files either way (importing electron-store outside Electron throws).
import { atomicWriteFileSync } from './atomicWrite';
import { deepFreeze } from './deepFreeze';
import { createIndentedJsonSerializer } from './indentedJson';

export interface KeyValueStore {
  /** Absolute path of the JSON file behind the store. */
  readonly path: string;
  /** Parses the file (throws on invalid JSON); a missing file reads as {}. */
  read(): Record<string, unknown>;
  /** Replaces the file's content atomically (temporary file, flush, rename). */
  write(value: Record<string, unknown>): void;
  /** Works out and remembers the bytes of `value` without writing, so the next write reuses them. */
  prepare(value: Record<string, unknown>): void;
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

/** What conf and electron-store (a conf subclass) have that Baton uses. */
export interface ConfInstance {
  readonly path: string;
  readonly store: Record<string, unknown>;
}

/**
 * Reading goes through the library; writing is done here, in the library's format, because conf
 * writes the file in place (not atomically) when its atomic write fails with EXDEV or runs under
 * Snap, and backups (backupShelf.ts) share the file of the version they keep: every write must
 * replace the file, never change it. The serialiser also reuses the bytes of unchanged parts.
 */
export function keyValueStoreOf(conf: ConfInstance): KeyValueStore {
  const serialize = createIndentedJsonSerializer();
  return {
    path: conf.path,
    read: () => conf.store,
    write: (value) => atomicWriteFileSync(conf.path, serialize(deepFreeze(value))),
    prepare: (value) => void serialize(deepFreeze(value)),
  };
}
