// One Baton process per data folder: `baton.lock` holds the owner's pid and start time. Within a
// process every document write is synchronous, so it cannot interleave with another; this lock
// extends that to processes (Electron and browser mode, or two browser-mode servers), which would
// otherwise each save their own copy of a workshop over the other's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processInfo, type ProcessInfo } from './processInfo';
import { removeUnfinishedWrites } from './unfinishedWrites';
import { sleepSync } from './sleepSync';
import { fail, ok, type Result } from '../../shared/result';

export const LOCK_FILE = 'baton.lock';

export interface DataDirLock {
  readonly file: string;
  /** Temporary files of writes a crash interrupted, removed on taking the lock (unfinishedWrites.ts). */
  readonly removedLeftovers: string[];
  /** Removes the lock if it is still ours; safe to call more than once. */
  release(): void;
}

interface Holder {
  pid: number;
  startedAt: string;
}

export function lockedMessage(pid: number): string {
  return `Baton is already running on this data folder (pid ${pid}). Close it first, or set BATON_DATA_DIR to use another folder.`;
}

/** Where the system cannot say when a process started (Windows), a reused pid cannot be told apart. */
function lockedUnsureMessage(pid: number, file: string): string {
  return `${lockedMessage(pid)} If no Baton is running, process ${pid} is another program: delete ${file} and start Baton again.`;
}

/** The lock cannot be read at all: a folder in its place, or no permission. Never taken over. */
class UnreadableLock extends Error {}

function unreadableMessage(file: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'EISDIR') {
    return `${file} is a folder, where Baton keeps the file that tells whether it is already running. Baton never makes such a folder: move or rename it, then start Baton again.`;
  }
  return `Baton cannot read ${file} (${error.code ?? error.message}), the file that tells whether it is already running. Check the data folder's permissions, or set BATON_DATA_DIR to use another folder.`;
}

function readHolder(file: string): { text: string; holder: Holder | null } | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UnreadableLock(unreadableMessage(file, error as NodeJS.ErrnoException));
  }
  try {
    const parsed = JSON.parse(text) as Partial<Holder>;
    return { text, holder: Number.isInteger(parsed.pid) && parsed.pid! > 0 ? (parsed as Holder) : null };
  } catch {
    return { text, holder: null };
  }
}

/**
 * Creates `file` holding `text` only if it does not exist. The content is written to a temporary
 * file first and hard-linked into place, so no process ever sees the lock empty or half written.
 */
function createExclusive(file: string, text: string): boolean {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temp, text);
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // File systems without hard links (FAT on a USB stick): an exclusive create is the next best.
    return writeExclusive(file, text);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function writeExclusive(file: string, text: string): boolean {
  try {
    fs.writeFileSync(file, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * A lock written before the machine last started is stale whatever process has its pid now (pids
 * are reused after a restart). The margin keeps a clock set right soon after start-up from making
 * a live lock look old.
 */
const BOOT_MARGIN_MS = 10 * 60_000;
const writtenBeforeBoot = (holder: Holder) => Date.parse(holder.startedAt) < Date.now() - os.uptime() * 1000 - BOOT_MARGIN_MS;

/**
 * Baton writes its lock just after it starts, so a process that started later is another program
 * that was given the pid of a Baton since gone. The margin covers the system's clock resolution.
 */
const START_MARGIN_MS = 5_000;
const startedAfterLock = (holder: Holder, info: ProcessInfo) => info.startedAt !== null && info.startedAt > Date.parse(holder.startedAt) + START_MARGIN_MS;

type Inspect = (pid: number) => ProcessInfo;

/**
 * A holder that is not running any more (a zombie, killed but not yet reaped, counts as gone),
 * whose pid another program has now, or a lock nobody can read, may be replaced.
 */
function isStale(entry: { holder: Holder | null }, inspect: Inspect): boolean {
  const { holder } = entry;
  if (holder === null || holder.pid === process.pid || writtenBeforeBoot(holder)) return true;
  const info = inspect(holder.pid);
  return !info.running || startedAfterLock(holder, info);
}

/**
 * Replaces a stale lock. Two processes may find the same stale lock at once, so the replacement
 * happens under `baton.lock.takeover`, created exclusively: only its holder checks the lock is
 * still the stale one and replaces it.
 */
function takeOver(file: string, staleText: string, mine: string, inspect: Inspect): boolean {
  const guard = `${file}.takeover`;
  if (!createExclusive(guard, mine)) {
    const other = readHolder(guard);
    // A guard left by a process that died while taking over would block every start after it.
    if (other && isStale(other, inspect)) fs.rmSync(guard, { force: true });
    return false;
  }
  try {
    if (readHolder(file)?.text !== staleText) return false;
    fs.rmSync(file, { force: true });
    return createExclusive(file, mine);
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

export function acquireDataDirLock(
  dataDir: string,
  { inspect = processInfo, now = () => new Date() }: { inspect?: Inspect; now?: () => Date } = {},
): Result<DataDirLock> {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const mine = `${JSON.stringify({ pid: process.pid, startedAt: now().toISOString() } satisfies Holder)}\n`;
  const refused = (pid: number) => fail('conflict', inspect(pid).startedAt === null ? lockedUnsureMessage(pid, file) : lockedMessage(pid));
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      if (createExclusive(file, mine)) return ok(holding(dataDir, file, mine));
      const current = readHolder(file);
      if (!current) continue;
      if (!isStale(current, inspect)) return refused(current.holder!.pid);
      if (takeOver(file, current.text, mine, inspect)) return ok(holding(dataDir, file, mine));
      sleepSync(10 * (attempt + 1));
    }
    const last = readHolder(file)?.holder;
    return last ? refused(last.pid) : fail('conflict', `Baton could not lock the data folder ${dataDir}; try again.`);
  } catch (error) {
    if (error instanceof UnreadableLock) return fail('storage', error.message);
    throw error;
  }
}

function holding(dataDir: string, file: string, mine: string): DataDirLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    // Never remove a lock another process has taken over since (after ours was judged stale).
    if (readHolder(file)?.text === mine) fs.rmSync(file, { force: true });
  };
  // A normal exit that skips the shell's shutdown (process.exit on an error) still releases it.
  process.once('exit', release);
  return { file, release, removedLeftovers: removeUnfinishedWrites(dataDir) };
}

/** One line in the log for what the lock's holder cleaned up after a crash. */
export function reportLeftovers(removed: readonly string[], log: (line: string) => void = console.warn): void {
  if (removed.length) log(`Removed ${removed.length} unfinished temporary file(s) left by a crash: ${removed.join(', ')}`);
}
