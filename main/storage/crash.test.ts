// Kills a process that is saving a growing workshop, with SIGKILL at random moments, and checks
// after each kill that the file still loads and validates and holds every note whose save had
// completed, and that taking the lock over afterwards removes what the interrupted write left. The
// child runs the real code (lock, services, autosave of changes, atomic write), bundled by vite.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/testing/seededRandom';
import { createServices } from '../services/createServices';
import { bundleForNode } from '../testing/bundleForNode';
import { tempDataDir } from '../testing/tempDir';
import { openConfStore } from './confStore';
import { acquireDataDirLock } from './dataDirLock';

const KILLS = 50;
const SEED = 20261125;
const WORKSHOP_ID = 'crash-test-0001';

/** Runs the writer and kills it `delayMs` after it says it is saving; answers the highest save it reported. */
function runAndKill(file: string, dataDir: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, dataDir, WORKSHOP_ID], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('ready')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`the writer stopped by itself: ${err || out.slice(-200)}`));
      // Only whole lines count: a save is reported once its line is complete.
      const saves = out.split('\n').slice(0, -1).flatMap((line) => (/^saved (\d+)$/.exec(line) ? [Number(line.slice(6))] : []));
      resolve(Math.max(0, ...saves));
    });
  });
}

/** Temporary files of writes that never finished (conf's `*.tmp-…`, ours `.….tmp`): a kill landed mid-write. */
function unfinishedWrites(dataDir: string): string[] {
  const folders = [path.join(dataDir, 'workshops'), path.join(dataDir, 'backups', WORKSHOP_ID)];
  return folders.flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.includes('.tmp')) : []));
}

describe('killing Baton while it saves', () => {
  let writer: Awaited<ReturnType<typeof bundleForNode>>;
  beforeAll(async () => {
    writer = await bundleForNode(path.resolve(import.meta.dirname, 'testing/crashWriter.ts'), 'crashWriter.mjs');
  }, 60_000);
  afterAll(() => writer?.remove());

  it(`loses no completed save over ${KILLS} SIGKILLs at random moments`, async () => {
    const dataDir = tempDataDir();
    const random = seededRandom(SEED);
    const lost = new Set<number>();
    let confirmed = 0;
    let kills = 0;
    const interrupted = new Set<string>();
    const started = Date.now();
    for (let run = 0; run < KILLS; run++) {
      const delay = 5 + Math.floor(random() * 146);
      confirmed = Math.max(confirmed, await runAndKill(writer.file, dataDir, delay));
      kills++;
      for (const name of unfinishedWrites(dataDir)) interrupted.add(name);
      // A fresh start, as the app would do after the crash: take the dead writer's lock over.
      const lock = acquireDataDirLock(dataDir);
      expect(lock.ok, `after kill ${kills}`).toBe(true);
      if (lock.ok) lock.value.release();
      expect(unfinishedWrites(dataDir), `after kill ${kills}`).toEqual([]);
      const services = createServices({ dataDir, openStore: openConfStore, log: () => undefined });
      const listing = services.workshops.list();
      expect(listing.problems, `after kill ${kills}`).toEqual([]);
      const doc = services.workshops.get(WORKSHOP_ID);
      expect(doc.ok, `after kill ${kills}: ${doc.ok ? '' : doc.error.message}`).toBe(true);
      const stored = new Set(doc.ok ? (doc.value.agenda[0]?.board?.notes ?? []).map((n) => n.id) : []);
      for (let n = 1; n <= confirmed; n++) if (!stored.has(`note-${n}`)) lost.add(n);
    }
    console.log(`crash test: ${kills} kills, ${lost.size} saved notes lost`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`crash test: ${confirmed} saves confirmed, ${interrupted.size} kills landed mid-write (their temporary files removed on restart), ${seconds} s`);
    expect(lost.size).toBe(0);
    expect(confirmed).toBeGreaterThan(KILLS);
  }, 90_000);
});
