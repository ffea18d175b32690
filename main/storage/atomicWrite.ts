// Writes a file so that readers see either the old content or the new, never a torn mix: write a
// temporary file beside it, flush it to disk, then rename it over the target. Renames that fail
// for a moment on Windows (antivirus or indexer holding the file) are retried.
import fs from 'node:fs';
import path from 'node:path';

const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);

function sleepSync(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function atomicWriteFileSync(file: string, data: string | Uint8Array, attempts = 8): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(temp, 'w', 0o644);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  for (let attempt = 1; ; attempt++) {
    try {
      fs.renameSync(temp, file);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!TRANSIENT.has(code) || attempt >= attempts) {
        fs.rmSync(temp, { force: true });
        throw error;
      }
      sleepSync(20 * attempt);
    }
  }
}
