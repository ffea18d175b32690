// For command tests: a CliIo over files held in memory, with what the command printed.
import type { CliIo } from './io';

/** Reads only `files` (any other path fails as missing, ENOENT); collects stdout and stderr. */
export function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => {
      if (!(p in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return Buffer.from(files[p]!);
    },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
