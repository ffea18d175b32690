// For command tests: a CliIo over files held in memory (and, if asked, the disk), with what the
// command printed.
import fs from 'node:fs';
import type { CliIo } from './io';

const missing = (): never => {
  throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
};

/** Reads `files` first and any other path through `elsewhere` (by default missing, ENOENT); collects stdout and stderr. */
export function fakeIo(files: Record<string, string | Uint8Array>, elsewhere: (path: string) => Uint8Array = missing) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => {
      const given = files[p];
      return typeof given === 'string' ? Buffer.from(given) : (given ?? elsewhere(p));
    },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** A CliIo that reads the real disk (for commands run on files a test wrote or the app's assets). */
export const diskIo = (files: Record<string, string | Uint8Array> = {}) => fakeIo(files, (p) => fs.readFileSync(p));
