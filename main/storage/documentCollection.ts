// A folder of JSON documents, one store file per document (`<folder>/<id>.json`), validated on
// every read. Files that fail to parse or validate are reported and left exactly where they are.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { StorageProblem } from '../../shared/ipc/problems';
import { fail, ok, type Result } from '../../shared/result';
import { describeIssues, issuesOf } from '../../shared/validation';
import type { KeyValueStore, OpenStore } from './keyValueStore';

export interface DocumentCollection<T extends { id: string }> {
  /** Absolute path of the folder. */
  readonly directory: string;
  ids(): string[];
  get(id: string): Result<T>;
  /** Every readable document projected through `project`, plus the files that could not be read. */
  list<S>(project: (doc: T) => S): { items: S[]; problems: StorageProblem[] };
  put(doc: T): void;
  /** Moves the file to `trash/` (never deletes it), so a mistaken delete can be undone by hand. */
  remove(id: string): Result<{ id: string }>;
}

interface CollectionOptions<S extends z.ZodType<{ id: string }>> {
  dataDir: string;
  folder: string;
  schema: S;
  openStore: OpenStore;
  /** Used in messages: "Workshop … was not found". */
  label: string;
  now?: () => Date;
  log?: (message: string) => void;
}

const ID_FILE = /^([a-z0-9][a-z0-9-]{7,63})\.json$/;

export function createDocumentCollection<S extends z.ZodType<{ id: string }>>(
  options: CollectionOptions<S>,
): DocumentCollection<z.output<S>> {
  type T = z.output<S>;
  const { dataDir, folder, schema, openStore, label } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.warn(message));
  const directory = path.join(dataDir, folder);
  const stores = new Map<string, KeyValueStore>();
  // A listing re-reads a file only when its size, modification time or our own write count for it
  // changed (two writes can share a size and a millisecond). Each projection has its own cache.
  const projections = new WeakMap<(doc: T) => unknown, Map<string, { stamp: string; value: unknown }>>();
  const writes = new Map<string, number>();
  const touch = (id: string) => writes.set(id, (writes.get(id) ?? 0) + 1);
  function cacheFor(project: (doc: T) => unknown) {
    let cache = projections.get(project);
    if (!cache) projections.set(project, (cache = new Map()));
    return cache;
  }

  const relative = (id: string) => `${folder}/${id}.json`;
  const fileOf = (id: string) => path.join(directory, `${id}.json`);

  function storeOf(id: string): KeyValueStore {
    let store = stores.get(id);
    if (!store) {
      store = openStore({ directory, name: id });
      stores.set(id, store);
    }
    return store;
  }

  function read(id: string): Result<T> {
    if (!fs.existsSync(fileOf(id))) return fail('not-found', `${label} ${id} was not found.`);
    let raw: unknown;
    try {
      raw = storeOf(id).store;
    } catch (error) {
      stores.delete(id);
      return fail('storage', `${relative(id)} could not be read: ${(error as Error).message}`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      return fail('storage', `${relative(id)} is not a valid ${label.toLowerCase()} file: ${describeIssues(issues)}`, issues);
    }
    return ok(parsed.data);
  }

  function ids(): string[] {
    if (!fs.existsSync(directory)) return [];
    return fs
      .readdirSync(directory)
      .map((name) => ID_FILE.exec(name)?.[1])
      .filter((id): id is string => id !== undefined);
  }

  return {
    directory,
    ids,
    get: read,
    list<P>(project: (doc: T) => P) {
      const items: P[] = [];
      const problems: StorageProblem[] = [];
      const cache = cacheFor(project);
      for (const id of ids()) {
        const stat = fs.statSync(fileOf(id), { throwIfNoEntry: false });
        if (!stat) continue;
        const stamp = `${stat.size}:${stat.mtimeMs}:${writes.get(id) ?? 0}`;
        const cached = cache.get(id);
        if (cached?.stamp === stamp) {
          items.push(cached.value as P);
          continue;
        }
        const result = read(id);
        if (result.ok) {
          const value = project(result.value);
          cache.set(id, { stamp, value });
          items.push(value);
        } else {
          log(`Skipped ${relative(id)}: ${result.error.message}`);
          problems.push({ file: relative(id), message: result.error.message });
        }
      }
      return { items, problems };
    },
    put(doc: T) {
      storeOf(doc.id).store = doc as Record<string, unknown>;
      touch(doc.id);
    },
    remove(id: string) {
      const file = fileOf(id);
      if (!fs.existsSync(file)) return fail('not-found', `${label} ${id} was not found.`);
      const trashDir = path.join(dataDir, 'trash', folder);
      fs.mkdirSync(trashDir, { recursive: true });
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      fs.renameSync(file, path.join(trashDir, `${id}-${stamp}.json`));
      stores.delete(id);
      touch(id);
      return ok({ id });
    },
  };
}
