// What the operating system says about a process named in `baton.lock`: whether it still runs (a
// process killed a moment ago may linger as a zombie until its parent reaps it), and when it
// started, so a pid reused by another program is not taken for the Baton that wrote the lock.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export interface ProcessInfo {
  /** Exists and is not a zombie. */
  running: boolean;
  /** Start time in ms since the epoch, or null where the system does not tell (Windows). */
  startedAt: number | null;
}

/** Linux counts a process's start in clock ticks since boot; the tick is 1/100 s on every Linux Baton runs on. */
const LINUX_TICKS_PER_SECOND = 100;

function linuxBootTime(): number | null {
  const line = /^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'));
  return line ? Number(line[1]) * 1000 : null;
}

function fromProc(pid: number): ProcessInfo | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { running: false, startedAt: null } : null;
  }
  // "pid (name) state ppid …": the name may hold spaces and parentheses, so fields count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  const boot = linuxBootTime();
  const ticks = Number(fields[19]);
  return {
    running: state !== 'Z' && state !== 'X',
    startedAt: boot !== null && Number.isFinite(ticks) ? boot + (ticks * 1000) / LINUX_TICKS_PER_SECOND : null,
  };
}

function fromPs(pid: number): ProcessInfo | null {
  try {
    const out = execFileSync('ps', ['-o', 'stat=,lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (!out) return { running: false, startedAt: null };
    const [state = '', ...start] = out.split(/\s+/);
    const startedAt = Date.parse(start.join(' '));
    return { running: !state.startsWith('Z'), startedAt: Number.isNaN(startedAt) ? null : startedAt };
  } catch (error) {
    // ps exits 1 when no such process exists.
    return (error as { status?: number }).status === 1 ? { running: false, startedAt: null } : null;
  }
}

/** Whether a process exists at all; EPERM means it exists but belongs to someone else. */
function signalable(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function processInfo(pid: number, platform: NodeJS.Platform = process.platform): ProcessInfo {
  if (!signalable(pid)) return { running: false, startedAt: null };
  const known = platform === 'linux' ? fromProc(pid) : platform === 'win32' ? null : fromPs(pid);
  return known ?? { running: true, startedAt: null };
}
