#!/usr/bin/env node
// Entry of every npm script: `node scripts/run.mjs <task> [args]`. Each task first installs what is
// missing (dependencies, a build, test tools), so `npm start` and `npm test` work on a fresh clone.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, ensureBuilt, ensureDependencies, ensureElectron, ensureTestTools, root, run, say } from './setup.mjs';

const [task, ...args] = process.argv.slice(2);

function startBrowserMode(extraArgs) {
  ensureBuilt();
  return run(process.execPath, [path.join(root, 'out', 'main', 'browser.js'), ...extraArgs]);
}

/**
 * Browser-mode development: rebuild on every source change; restart the bridge when main-process
 * code changed (it prints a new URL), otherwise reloading the page shows the change.
 */
function devInBrowser() {
  ensureBuilt({ force: true });
  const entry = path.join(root, 'out', 'main', 'browser.js');
  let server = spawn(process.execPath, [entry, ...args], { cwd: root, stdio: 'inherit' });
  const changed = new Set();
  let timer;
  const rebuild = () => {
    const mainChanged = [...changed].some((dir) => dir !== 'renderer');
    changed.clear();
    if (run(bin('electron-vite'), ['build', '--logLevel', 'warn']) !== 0) return say('Build failed; fix the error and save again.');
    if (!mainChanged) return say('Rebuilt: reload the page.');
    // Wait for the old server to free its port before starting the new one.
    server.once('exit', () => {
      server = spawn(process.execPath, [entry, ...args], { cwd: root, stdio: 'inherit' });
      say('Rebuilt and restarted: open the new address it prints.');
    });
    server.kill();
  };
  for (const dir of ['main', 'shared', 'renderer']) {
    fs.watch(path.join(root, dir), { recursive: true }, () => {
      changed.add(dir);
      clearTimeout(timer);
      timer = setTimeout(rebuild, 300);
    });
  }
  process.on('SIGINT', () => {
    server.kill('SIGINT');
    process.exit(0);
  });
  return undefined;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function unitTests(extraArgs = [], reportFile) {
  // Some unit tests read generated PDFs back with pdftotext.
  ensureTestTools();
  const reporters = reportFile ? ['--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`] : [];
  return run(bin('vitest'), ['run', ...reporters, ...extraArgs]);
}

function e2eTests(extraArgs = [], reportFile) {
  const { chromium } = ensureTestTools();
  ensureBuilt();
  const reporters = reportFile ? ['--reporter=list,json'] : [];
  return run(bin('playwright'), ['test', ...reporters, ...extraArgs], {
    env: { CHROME_PATH: chromium, ...(reportFile ? { PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile } : {}) },
  });
}

/** typecheck, lint, unit and end-to-end tests; ends with the plain total `N passed, N failed`. */
function allTests() {
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-test-'));
  let passed = 0;
  let failed = 0;
  const steps = [];
  const step = (name, fn) => {
    const started = Date.now();
    say(`— ${name}`);
    const status = fn();
    steps.push(`${name}: ${status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return status;
  };

  // typecheck and lint are not tests, but a failure in either counts as one failed check.
  if (step('typecheck', typecheck) !== 0) failed++;
  if (step('lint', lint) !== 0) failed++;

  // Built before the unit tests, so those that check the built page run instead of being skipped.
  step('build', () => {
    ensureBuilt();
    return 0;
  });

  const unitFile = path.join(reports, 'unit.json');
  const unitStatus = step('unit tests', () => unitTests([], unitFile));
  const unit = readJson(unitFile);
  if (unit) {
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
  } else if (unitStatus !== 0) failed++;

  const e2eFile = path.join(reports, 'e2e.json');
  const e2eStatus = step('end-to-end tests', () => e2eTests([], e2eFile));
  const e2e = readJson(e2eFile);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    if (e2e.stats.skipped) say(`${e2e.stats.skipped} end-to-end test(s) skipped; the reason is printed above.`);
  } else if (e2eStatus !== 0) failed++;

  for (const line of steps) say(line);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && unitStatus === 0 && e2eStatus === 0 ? 0 : 1;
}

function typecheck() {
  for (const project of ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.e2e.json']) {
    const status = run(bin('tsc'), ['-p', project]);
    if (status !== 0) return status;
  }
  return 0;
}

/**
 * eslint, Electronegativity's Electron security checks and a search for merge-conflict markers
 * eslint cannot see (CSS, JSON, Markdown); all run, and any failing fails lint.
 */
function lint() {
  const eslint = run(bin('eslint'), ['--max-warnings=0', '.']);
  const electronegativity = run(process.execPath, [path.join(root, 'scripts', 'electronegativity.mjs')]);
  const markers = run(process.execPath, [path.join(root, 'scripts', 'conflictMarkers.mjs')]);
  return [eslint, electronegativity, markers].find((status) => status !== 0) ?? 0;
}

const tasks = {
  start() {
    ensureBuilt();
    const electron = ensureElectron();
    if ('reason' in electron) {
      say(`Starting in browser mode because ${electron.reason}.`);
      return startBrowserMode(args);
    }
    return run(electron.binary, [root, ...args]);
  },
  'start:browser': () => startBrowserMode(args),
  baton() {
    ensureBuilt();
    return run(process.execPath, [path.join(root, 'out', 'main', 'cli.js'), ...args]);
  },
  dev() {
    const electron = ensureElectron();
    if ('reason' in electron) {
      say(`Electron cannot start (${electron.reason}); developing in browser mode instead.`);
      return devInBrowser();
    }
    return run(bin('electron-vite'), ['dev', ...args]);
  },
  build: () => (ensureBuilt({ force: true }), 0),
  typecheck,
  lint,
  'test:unit': () => unitTests(args),
  'test:e2e': () => e2eTests(args),
  bench() {
    const { chromium } = ensureTestTools();
    ensureBuilt();
    return run(bin('vitest'), ['run', '--config', 'vitest.bench.config.ts', ...args], { env: { CHROME_PATH: chromium } });
  },
  test: allTests,
  dist() {
    ensureBuilt({ force: true });
    return run(bin('electron-builder'), ['--config', 'electron-builder.yml', ...args]);
  },
};

if (!task || !(task in tasks)) {
  say(`Unknown task "${task ?? ''}". Tasks: ${Object.keys(tasks).join(', ')}.`);
  process.exit(2);
}
ensureDependencies();
const status = tasks[task]();
// Long-running tasks (dev in browser mode) return nothing and keep the process alive.
if (status !== undefined) process.exitCode = status;
