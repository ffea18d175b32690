// Temporary files of writes a crash interrupted. An atomic write (atomicWrite.ts) leaves one when
// the process dies between creating it and renaming it into place; the file it was meant to
// replace is intact, so the temporary file holds nothing that was ever reported saved. Only the
// holder of the data-folder lock removes them: no other Baton can be writing there.
import fs from 'node:fs';
import path from 'node:path';
import { TEMP_FILE_NAME } from './atomicWrite';

/** Ours (`.<name>.<pid>.<time>.tmp`) and those of conf, which wrote the files before Baton did. */
const UNFINISHED = [TEMP_FILE_NAME, /\.json\.tmp-[A-Za-z0-9]+$/];

/** The folders Baton writes documents into. */
function folders(dataDir: string): string[] {
  const backups = path.join(dataDir, 'backups');
  const perDocument = fs.existsSync(backups)
    ? fs.readdirSync(backups, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? [path.join(backups, entry.name)] : []))
    : [];
  return [dataDir, path.join(dataDir, 'workshops'), path.join(dataDir, 'templates'), ...perDocument];
}

/** Removes them; answers their paths relative to the data folder. */
export function removeUnfinishedWrites(dataDir: string): string[] {
  const removed: string[] = [];
  for (const folder of folders(dataDir)) {
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder)) {
      if (!UNFINISHED.some((pattern) => pattern.test(name))) continue;
      const file = path.join(folder, name);
      // A name that is a folder, or a file another program holds open, is left where it is.
      try {
        if (!fs.statSync(file).isFile()) continue;
        fs.rmSync(file);
        removed.push(path.relative(dataDir, file).split(path.sep).join('/'));
      } catch {
        // Tried again at the next start.
      }
    }
  }
  return removed;
}
