// Starts the real browser-mode server (built out/main/browser.js) on a temporary data directory,
// exactly as `npm run start:browser -- --no-open --port 0` would, and reads the URL it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { test } from '@playwright/test';

export const projectRoot = path.resolve(import.meta.dirname, '../../..');
const entry = path.join(projectRoot, 'out', 'main', 'browser.js');

export interface BrowserMode {
  /** The URL with the token fragment, as printed. */
  url: string;
  origin: string;
  port: number;
  token: string;
  dataDir: string;
  process: ChildProcess;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'baton-e2e-'));
}

export async function startBrowserMode(dataDir: string, extraArgs: string[] = []): Promise<BrowserMode> {
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first.`);
  const child = spawn(process.execPath, [entry, '--no-open', '--port', '0', ...extraArgs], {
    env: { ...process.env, BATON_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in 15 s. stderr: ${stderr}`)), 15_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    void exited.then((code) => reject(new Error(`browser mode exited with ${code}. stderr: ${stderr}`)));
  });

  const match = /^Baton is running at (http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+))$/.exec(firstLine);
  if (!match) throw new Error(`unexpected first line: ${firstLine}`);
  const [, url, port, token] = match;
  return {
    url: url!,
    origin: `http://127.0.0.1:${port}`,
    port: Number(port),
    token: token!,
    dataDir,
    process: child,
    stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return Promise.resolve(child.exitCode);
      child.kill(signal);
      return exited;
    },
  };
}

/**
 * Registers hooks that give each test its own data directory and a browser-mode server on it,
 * stopped and removed afterwards. Read `.server` inside a test; `restart()` stands for quitting
 * and reopening the app on the same data.
 */
export function useBrowserMode() {
  const state = {
    server: undefined as unknown as BrowserMode,
    dataDir: '',
    async restart() {
      await state.server.stop();
      state.server = await startBrowserMode(state.dataDir);
      return state.server;
    },
  };
  test.beforeEach(async () => {
    state.dataDir = makeDataDir();
    state.server = await startBrowserMode(state.dataDir);
  });
  test.afterEach(async () => {
    await state.server.stop();
    fs.rmSync(state.dataDir, { recursive: true, force: true });
  });
  return state;
}
