// Set-up steps shared by every npm script, written with Node's standard library only because they
// run before node_modules exists: install dependencies when missing or stale, build when sources
// changed, find (or fetch) the Electron runtime and a Chromium for the end-to-end tests.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
const modules = path.join(root, 'node_modules');
const installStamp = path.join(modules, '.baton-install-stamp');
const buildStamp = path.join(root, 'out', '.build-stamp');
const electronFailure = path.join(modules, '.baton-electron-unavailable');

export function say(message) {
  console.error(`[baton] ${message}`);
}

/** Runs a command in the project root, inheriting the terminal; returns its exit status. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
    env: { ...process.env, ...options.env },
  });
  if (result.error) say(`${command} could not run: ${result.error.message}`);
  return result.status ?? 1;
}

/** Set-up output goes to stderr, so a command's stdout (e.g. `baton score --json`) stays clean. */
export const toStderr = ['inherit', 2, 'inherit'];

export function bin(name) {
  return path.join(modules, '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
}

/** Changes when the dependencies change (not when, say, a script is renamed). */
function fingerprint() {
  const hash = crypto.createHash('sha256');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  hash.update(JSON.stringify([pkg.dependencies, pkg.devDependencies, pkg.optionalDependencies]));
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock));
  return hash.digest('hex');
}

/** Installs dependencies when node_modules is missing or older than package.json / the lock file. */
export function ensureDependencies() {
  const wanted = fingerprint();
  if (fs.existsSync(installStamp) && fs.readFileSync(installStamp, 'utf8') === wanted) return;
  const hasLock = fs.existsSync(path.join(root, 'package-lock.json'));
  say(fs.existsSync(modules) ? 'Dependencies changed; updating them…' : 'Installing dependencies (first run)…');
  // The Electron runtime is fetched separately (see ensureElectron), so installing never needs GitHub.
  const status = run('npm', [hasLock ? 'ci' : 'install', '--no-audit', '--no-fund'], {
    env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    stdio: toStderr,
  });
  if (status !== 0) {
    say('Installing dependencies failed; see the npm output above.');
    process.exit(status);
  }
  fs.writeFileSync(installStamp, wanted);
}

function newestMtime(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

const buildInputs = ['main', 'shared', 'renderer', 'assets', 'electron.vite.config.ts', 'package.json', 'package-lock.json'];

/** Builds main, preload and renderer when any source is newer than the last build. */
export function ensureBuilt({ force = false } = {}) {
  const built = fs.existsSync(buildStamp) ? fs.statSync(buildStamp).mtimeMs : 0;
  const newest = Math.max(...buildInputs.map((p) => newestMtime(path.join(root, p))));
  if (!force && built > newest) return;
  say(built ? 'Sources changed; building…' : 'Building Baton…');
  const status = run(bin('electron-vite'), ['build', '--logLevel', 'warn'], { stdio: toStderr });
  if (status !== 0) {
    say('The build failed; see the errors above.');
    process.exit(status);
  }
  fs.writeFileSync(buildStamp, new Date().toISOString());
}

function electronBinary() {
  const electronDir = path.join(modules, 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/**
 * The Electron executable, downloading it once if it is missing. Returns { binary } or { reason }
 * explaining in one line why the Electron shell cannot start here.
 */
export function ensureElectron() {
  let binary = electronBinary();
  if (!binary && !fs.existsSync(electronFailure)) {
    say('Fetching the Electron runtime (once)…');
    const result = spawnSync(process.execPath, [path.join(modules, 'electron', 'install.js')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
    });
    binary = electronBinary();
    if (!binary) {
      const output = `${result.stderr ?? ''}${result.stdout ?? ''}`;
      const cause = /(getaddrinfo \w+ [\w.-]+|ECONNREFUSED|ETIMEDOUT|HTTPError[^\n]*)/.exec(output)?.[1] ?? (result.error?.message || 'download failed');
      fs.writeFileSync(electronFailure, cause);
    }
  }
  if (!binary) {
    const cause = fs.existsSync(electronFailure) ? fs.readFileSync(electronFailure, 'utf8') : 'not installed';
    return { reason: `the Electron runtime is not installed (${cause}); delete node_modules/.baton-electron-unavailable to retry the download` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'there is no graphical display (DISPLAY is not set) for the Electron window' };
  }
  return { binary };
}

const chromiumCandidates = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [
    `${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

function findChromium() {
  if (process.env.CHROME_PATH) return fs.existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  return (chromiumCandidates[process.platform] ?? []).find((candidate) => fs.existsSync(candidate)) ?? null;
}

function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
}

/** Debian packages the tests need: Chromium for Playwright, poppler-utils to read PDFs back. */
export function ensureTestTools() {
  const missing = [];
  let chromium = findChromium();
  if (!chromium) missing.push('chromium');
  const hasPoppler = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
  if (!hasPoppler) missing.push('poppler-utils');
  if (missing.length > 0 && canApt()) {
    say(`Installing ${missing.join(' and ')} with apt-get…`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
    chromium = findChromium();
  }
  if (!chromium) {
    say(
      'The end-to-end tests need Chromium or Google Chrome. Install one (Debian/Ubuntu: sudo apt-get install chromium; ' +
        'macOS/Windows: install Google Chrome), or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
  if (spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status !== 0) {
    say('The PDF tests need pdftotext and pdftoppm: install poppler-utils (Debian/Ubuntu: sudo apt-get install poppler-utils; macOS: brew install poppler).');
    process.exit(1);
  }
  return { chromium };
}
