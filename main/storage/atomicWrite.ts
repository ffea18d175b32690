// Writes a file so that readers see either the old content or the new, never a torn mix: write a
// temporary file beside it, flush it to disk, then rename it over the target. Renames that fail
// for a moment on Windows (antivirus or indexer holding the file) are retried.
import fs from 'node:fs';
import path from 'node:path';

const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);

function sleepSync(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const tempBeside = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);

/** Flushes the finished temporary file and renames it over `file`; removes it if that fails. */
function moveIntoPlace(temp: string, file: string, attempts: number): void {
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

export function atomicWriteFileSync(file: string, data: string | Uint8Array, attempts = 8): void {
  const temp = tempBeside(file);
  const fd = fs.openSync(temp, 'w', 0o644);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  moveIntoPlace(temp, file, attempts);
}

/** The same guarantee for a copy of another file, which the kernel copies without a trip through JavaScript. */
export function atomicCopyFileSync(source: string, file: string, attempts = 8): void {
  const temp = tempBeside(file);
  try {
    fs.copyFileSync(source, temp);
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  moveIntoPlace(temp, file, attempts);
}
