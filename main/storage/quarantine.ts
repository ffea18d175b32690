// Files that could not be read are moved to `quarantine/` (keeping the folder they came from), so
// the app starts without them and nothing is lost: never deleted, never overwritten. They are
// reported until their document is good again, then moved on to `quarantine/<folder>/resolved/`.
import fs from 'node:fs';
import path from 'node:path';
import { fileStamp } from '../../shared/storage/backupNames';

export interface QuarantinedFile {
  /** Path relative to the data directory, with forward slashes. */
  file: string;
  /** The name the file had, without `.json`: a document id, or `settings`. */
  original: string;
}

export interface Quarantine {
  /** Moves `relative` (e.g. `workshops/<id>.json`) aside; answers where it went, relative to the data directory. */
  move(relative: string): string;
  /** Quarantined files from `folder` not yet resolved, newest first. */
  open(folder: string): QuarantinedFile[];
  /** Moves the quarantined copies of `folder/<original>.json` to resolved/, as its document is readable again. */
  resolve(folder: string, original: string): void;
}

const QUARANTINED = /^(.+)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?\.json$/;

/** The first free name: the data-folder lock means no other process adds files here meanwhile. */
function freeName(dir: string, base: string, stamp: string): string {
  for (let copy = 1; ; copy++) {
    const name = `${base}-${stamp}${copy > 1 ? `-${copy}` : ''}.json`;
    if (!fs.existsSync(path.join(dir, name))) return name;
  }
}

export function createQuarantine(dataDir: string, now: () => Date): Quarantine {
  const root = path.join(dataDir, 'quarantine');
  const toRelative = (absolute: string) => path.relative(dataDir, absolute).split(path.sep).join('/');

  function open(folder: string): QuarantinedFile[] {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .sort()
      .reverse()
      .flatMap((name) => {
        const m = QUARANTINED.exec(name);
        return m ? [{ file: toRelative(path.join(dir, name)), original: m[1]! }] : [];
      });
  }

  return {
    open,
    move(relative) {
      const { dir: folder, name: base } = path.parse(relative);
      const dir = path.join(root, folder);
      fs.mkdirSync(dir, { recursive: true });
      const target = path.join(dir, freeName(dir, base, fileStamp(now())));
      fs.renameSync(path.join(dataDir, relative), target);
      return toRelative(target);
    },
    resolve(folder, original) {
      const entries = open(folder).filter((q) => q.original === original);
      if (entries.length === 0) return;
      const resolved = path.join(root, folder, 'resolved');
      fs.mkdirSync(resolved, { recursive: true });
      for (const entry of entries) {
        const { name } = path.parse(entry.file);
        const [, base, stamp] = QUARANTINED.exec(`${name}.json`)!;
        fs.renameSync(path.join(dataDir, entry.file), path.join(resolved, freeName(resolved, base!, stamp!)));
      }
    },
  };
}
