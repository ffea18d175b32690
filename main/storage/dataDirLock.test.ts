// The data-folder lock: one Baton per folder, a clear refusal for a second, stale locks taken over.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDataDir } from '../testing/tempDir';
import { acquireDataDirLock, LOCK_FILE } from './dataDirLock';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** Another process, standing for a second Baton: alive until the test ends, or already gone. */
async function otherProcess({ running }: { running: boolean }): Promise<number> {
  const child = spawn(process.execPath, ['-e', running ? 'setInterval(() => {}, 1000)' : ''], { stdio: 'ignore' });
  children.push(child);
  if (!running) await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

function writeLock(dataDir: string, pid: number, startedAt = new Date().toISOString()) {
  fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid, startedAt }));
}

const lockOf = (dataDir: string) => JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'));

describe('the data-folder lock', () => {
  it('writes baton.lock with our pid and start time, and removes it on release', () => {
    const dataDir = tempDataDir();
    const lock = acquireDataDirLock(dataDir, { now: () => new Date('2026-11-25T09:00:00.000Z') });
    expect(lock.ok).toBe(true);
    expect(lockOf(dataDir)).toEqual({ pid: process.pid, startedAt: '2026-11-25T09:00:00.000Z' });
    if (lock.ok) lock.value.release();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second Baton on the same folder, naming the running one, and leaves its lock alone', async () => {
    const dataDir = tempDataDir();
    const pid = await otherProcess({ running: true });
    writeLock(dataDir, pid);
    const before = fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8');

    const second = acquireDataDirLock(dataDir);

    expect(second).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: `Baton is already running on this data folder (pid ${pid}). Close it first, or set BATON_DATA_DIR to use another folder.`,
      },
    });
    expect(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')).toBe(before);
  });

  it('takes over a lock whose process is gone', async () => {
    const dataDir = tempDataDir();
    writeLock(dataDir, await otherProcess({ running: false }));
    const lock = acquireDataDirLock(dataDir);
    expect(lock.ok).toBe(true);
    expect(lockOf(dataDir).pid).toBe(process.pid);
  });

  it('takes over a lock written before the machine last started, even if its pid is in use again', async () => {
    const dataDir = tempDataDir();
    writeLock(dataDir, await otherProcess({ running: true }), '2000-01-01T00:00:00.000Z');
    expect(acquireDataDirLock(dataDir).ok).toBe(true);
    expect(lockOf(dataDir).pid).toBe(process.pid);
  });

  it('takes over a lock that holds no pid (an empty or damaged file)', () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), '');
    expect(acquireDataDirLock(dataDir).ok).toBe(true);
    expect(lockOf(dataDir).pid).toBe(process.pid);
  });

  it('does not remove a lock another process took over after ours was judged stale', async () => {
    const dataDir = tempDataDir();
    const lock = acquireDataDirLock(dataDir);
    const pid = await otherProcess({ running: true });
    writeLock(dataDir, pid);
    if (lock.ok) lock.value.release();
    expect(lockOf(dataDir).pid).toBe(pid);
  });

  it('leaves no temporary files beside the lock', () => {
    const dataDir = tempDataDir();
    acquireDataDirLock(dataDir);
    expect(fs.readdirSync(dataDir)).toEqual([LOCK_FILE]);
  });
});

const onLinux = process.platform === 'linux';

/**
 * A process killed with SIGKILL whose parent has not reaped it yet (a zombie): `sh` starts it in
 * the background and then becomes `sleep`, which never waits for children.
 */
async function unreapedProcess(): Promise<number> {
  const parent = spawn('sh', ['-c', 'sleep 60 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(parent);
  const pid = Number(await new Promise<string>((resolve) => parent.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString()))));
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 100 && !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')); i++) await new Promise((r) => setTimeout(r, 20));
  return pid;
}

describe('telling who holds the lock', () => {
  it.skipIf(!onLinux)('takes over at once from a Baton killed a moment ago that is not reaped yet (Linux: a zombie)', async () => {
    const dataDir = tempDataDir();
    const pid = await unreapedProcess();
    expect(() => process.kill(pid, 0), 'the zombie still answers signals').not.toThrow();
    writeLock(dataDir, pid);
    const lock = acquireDataDirLock(dataDir);
    expect(lock.ok && lockOf(dataDir).pid).toBe(process.pid);
    if (lock.ok) lock.value.release();
  });

  it.skipIf(process.platform === 'win32')('takes over a lock whose pid now belongs to a program started after the lock was written', async () => {
    const dataDir = tempDataDir();
    writeLock(dataDir, await otherProcess({ running: true }), new Date(Date.now() - 60_000).toISOString());
    const lock = acquireDataDirLock(dataDir);
    expect(lock.ok && lockOf(dataDir).pid).toBe(process.pid);
    if (lock.ok) lock.value.release();
  });

  it('says what to do when the lock is a folder, instead of failing with a stack trace', () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(path.join(dataDir, LOCK_FILE));
    expect(acquireDataDirLock(dataDir)).toEqual({
      ok: false,
      error: {
        code: 'storage',
        message: `${path.join(dataDir, LOCK_FILE)} is a folder, where Baton keeps the file that tells whether it is already running. Baton never makes such a folder: move or rename it, then start Baton again.`,
      },
    });
    expect(fs.statSync(path.join(dataDir, LOCK_FILE)).isDirectory()).toBe(true);
  });
});

describe('temporary files a crash left behind', () => {
  it('are removed by whoever takes the lock, and nothing else is', async () => {
    const dataDir = tempDataDir();
    const put = (relative: string) => {
      fs.mkdirSync(path.dirname(path.join(dataDir, relative)), { recursive: true });
      fs.writeFileSync(path.join(dataDir, relative), '{"half": ');
    };
    const leftovers = ['workshops/.w-00000001.json.4242.1764064800000.tmp', 'backups/w-00000001/.2026-11-25T09-00-00-000Z.json.4242.1764064800001.tmp', 'templates/t-00000001.json.tmp-1764064800abc', '.settings.json.4242.1764064800002.tmp'];
    const kept = ['workshops/w-00000001.json', 'backups/w-00000001/2026-11-25T09-00-00-000Z.json', 'workshops/notes.tmp', 'quarantine/workshops/.w.json.1.2.tmp'];
    for (const file of [...leftovers, ...kept]) put(file);
    writeLock(dataDir, await otherProcess({ running: false }));
    const lock = acquireDataDirLock(dataDir);
    expect(lock.ok && [...lock.value.removedLeftovers].sort()).toEqual([...leftovers].sort());
    for (const file of leftovers) expect(fs.existsSync(path.join(dataDir, file)), file).toBe(false);
    for (const file of kept) expect(fs.existsSync(path.join(dataDir, file)), file).toBe(true);
    if (lock.ok) lock.value.release();
  });
});
