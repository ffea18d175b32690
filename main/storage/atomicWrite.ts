// Writes a file so that readers see either the old content or the new, never a torn mix: write a
// temporary file beside it, flush it to disk, then rename it over the target. Renames that fail
// for a moment on Windows (antivirus or indexer holding the file) are retried.
import fs from 'node:fs';
import path from 'node:path';
import { sleepSync } from './sleepSync';

const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 8;

const tempBeside = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);

/** The names `tempBeside` gives, so the files a crash leaves can be found (unfinishedWrites.ts). */
export const TEMP_FILE_NAME = /^\..+\.\d+\.\d+\.tmp$/;

/** Renames the flushed temporary file over `file`; removes it if that fails. */
function moveIntoPlace(temp: string, file: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      fs.renameSync(temp, file);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!TRANSIENT.has(code) || attempt >= RENAME_ATTEMPTS) {
        fs.rmSync(temp, { force: true });
        throw error;
      }
      sleepSync(20 * attempt);
    }
  }
}

/** Opens a new temporary file; its folder is made again if something removed it meanwhile. */
function openTemp(temp: string): number {
  try {
    return fs.openSync(temp, 'w', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    fs.mkdirSync(path.dirname(temp), { recursive: true });
    return fs.openSync(temp, 'w', 0o644);
  }
}

/** Writes every chunk with gathering writes, however many bytes each call takes. */
function writeChunksSync(fd: number, chunks: readonly Uint8Array[]): void {
  let rest = chunks.filter((chunk) => chunk.length > 0);
  while (rest.length) {
    // Linux takes at most 1,024 buffers per call.
    let written = fs.writevSync(fd, rest.slice(0, 1024));
    let i = 0;
    while (i < rest.length && written >= rest[i]!.length) written -= rest[i++]!.length;
    rest = rest.slice(i);
    if (written > 0) rest[0] = rest[0]!.subarray(written);
  }
}

/** Writes `data` (text, bytes, or bytes in chunks) to a temporary file, flushes it, renames it over `file`. */
export function atomicWriteFileSync(file: string, data: string | Uint8Array | readonly Uint8Array[]): void {
  const temp = tempBeside(file);
  const fd = openTemp(temp);
  try {
    try {
      if (Array.isArray(data)) writeChunksSync(fd, data);
      else fs.writeFileSync(fd, data as string | Uint8Array);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    // A disk that filled up mid-write must not also keep the part that was written.
    fs.rmSync(temp, { force: true });
    throw error;
  }
  moveIntoPlace(temp, file);
}

/**
 * Makes `file` a second name of `source`'s content without copying it: a hard link. Safe only
 * because store files are always replaced by a rename (above), never written in place, so the
 * content behind a link never changes. Where links are not supported (FAT drives, some network
 * shares) it copies instead. Answers how the file was made.
 */
export function linkOrCopyFileSync(source: string, file: string): 'linked' | 'copied' {
  try {
    fs.linkSync(source, file);
    return 'linked';
  } catch (error) {
    if (!LINK_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
  atomicCopyFileSync(source, file);
  return 'copied';
}

const LINK_UNSUPPORTED = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS', 'EINVAL']);

/** The same guarantee for a copy of another file, which the kernel copies without a trip through JavaScript. */
function atomicCopyFileSync(source: string, file: string): void {
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
  moveIntoPlace(temp, file);
}
