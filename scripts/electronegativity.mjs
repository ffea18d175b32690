#!/usr/bin/env node
// Runs Doyensec's Electronegativity over Baton's sources, offline, and fails on any finding that
// security/electronegativity-allowlist.json does not list (by check id and file) with a reason.
// Prints one line: `electronegativity: N findings, N allowed, N new`.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// `--root DIR` scans another tree laid out like Baton's (the scanner's own test uses it).
const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? path.resolve(process.argv[rootArg + 1]) : path.resolve(import.meta.dirname, '..');
const allowlistFile = path.join(root, 'security', 'electronegativity-allowlist.json');

/*
 * What is scanned, and why:
 * - main/ and shared/: the main process, the preload and the code both processes share;
 * - renderer/src and renderer/index.html: the page (eval-like calls, remote resources, links);
 * - out/renderer/index.html when a build exists: the only built file with security content of its
 *   own (the CSP meta tag is added at build time); the rest of out/ is these sources bundled with
 *   third-party libraries, whose findings would be about React and zod rather than Baton;
 * - package.json: the Electron version, and any custom Electron arguments.
 * Unit tests and main/testing (fakes of the electron module) are not shipped, so they are left out.
 */
const SOURCE_DIRS = ['main', 'shared', 'renderer/src'];
const SOURCE_FILE = /\.(ts|tsx|js|mjs|cjs|jsx)$/;
const NOT_SHIPPED = /(\.test\.tsx?$)|(^main\/testing\/)/;
const EXTRA_FILES = ['renderer/index.html', 'out/renderer/index.html', 'package.json'];

/*
 * AvailableSecurityFixesGlobalCheck downloads Electron's release list from GitHub on every run;
 * Baton's checks run offline, so it is not loaded. Keeping Electron current is `npm outdated`'s job.
 */
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

function sourceFiles(dir) {
  const found = [];
  const walk = (relative) => {
    if (!fs.existsSync(path.join(root, relative))) return;
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (SOURCE_FILE.test(entry.name) && !NOT_SHIPPED.test(child)) found.push(child);
    }
  };
  walk(dir);
  return found;
}

/** The tool's own modules; its runner would fetch translations from the network, so it is not used. */
function loadTool() {
  const requireHere = createRequire(import.meta.url);
  const packageFile = requireHere.resolve('@doyensec/electronegativity/package.json');
  const requireTool = createRequire(packageFile);
  const toolDir = path.dirname(packageFile);
  const i18n = requireTool('i18n');
  // The checks read their descriptions through a global `__`, set up here from the bundled English.
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: path.join(toolDir, 'dist', 'locales'),
    updateFiles: false,
    objectNotation: true,
    register: globalThis,
  });
  i18n.setLocale('en-US');
  return { ...requireTool('./dist/parser'), ...requireTool('./dist/finder') };
}

function electronVersion() {
  const requireHere = createRequire(import.meta.url);
  return JSON.parse(fs.readFileSync(requireHere.resolve('electron/package.json'), 'utf8')).version;
}

function readAllowlist() {
  const entries = JSON.parse(fs.readFileSync(allowlistFile, 'utf8'));
  const problems = entries
    .filter((e) => typeof e.check !== 'string' || typeof e.file !== 'string' || typeof e.why !== 'string' || e.why.trim().length < 20)
    .map((e) => `allowlist entry ${JSON.stringify(e)} needs "check", "file" and a "why" of a sentence`);
  return { entries, problems };
}

async function scan() {
  const { Parser, Finder, GlobalChecks } = loadTool();
  const version = electronVersion();
  const parser = new Parser(false, true);
  const globalChecks = new GlobalChecks([], EXCLUDED_CHECKS);
  const finder = new Finder([], []);
  const files = [...SOURCE_DIRS.flatMap(sourceFiles), ...EXTRA_FILES.filter((f) => fs.existsSync(path.join(root, f)))];
  let issues = [];
  const errors = [];
  for (const file of files) {
    try {
      const [type, data, content] = parser.parse(file, fs.readFileSync(path.join(root, file), 'utf8'));
      if (data === null) continue;
      for (const issue of await finder.find(file, data, type, content, null, version)) {
        // Inline `eng-disable` comments are not honoured: the allowlist, with its reasons, is the one place to accept a finding.
        issue.visibility = { excludesGlobal: [], inlineDisabled: false, globalCheckDisabled: false };
        issues.push(issue);
      }
    } catch (error) {
      errors.push(`${file}: ${error.message}`);
    }
  }
  // A global check hides the atomic findings it has judged fine (e.g. a permission handler exists).
  issues = (await globalChecks.getResults(issues, 'quiet')).filter((i) => !i.visibility?.globalCheckDisabled);
  return { files, issues, errors, checks: globalChecks._enabled_checks.length + finder._enabled_checks.length, version };
}

/**
 * Each allowlist entry accepts one finding of its check in its file, so a second window or a second
 * openExternal call in an allowed file still shows up as new.
 */
function compare(issues, entries) {
  const key = (check, file) => `${check} ${file}`;
  const remaining = new Map();
  for (const e of entries) remaining.set(key(e.check, e.file), (remaining.get(key(e.check, e.file)) ?? 0) + 1);
  const fresh = [];
  for (const issue of issues) {
    const left = remaining.get(key(issue.id, issue.file)) ?? 0;
    if (left > 0) remaining.set(key(issue.id, issue.file), left - 1);
    else fresh.push(issue);
  }
  const unused = entries.filter((e) => {
    const left = remaining.get(key(e.check, e.file)) ?? 0;
    if (left === 0) return false;
    remaining.set(key(e.check, e.file), left - 1);
    return true;
  });
  return { fresh, unused };
}

const started = Date.now();
const { entries, problems } = readAllowlist();
const { files, issues, errors, checks, version } = await scan();
const { fresh, unused } = compare(issues, entries);

for (const issue of fresh) {
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  console.error(`new finding ${issue.id} in ${where} (${issue.severity.name}): ${issue.description} ${issue.shortenedURL}`);
  if (issue.sample) console.error(`    ${issue.sample}`);
}
for (const problem of [...problems, ...errors]) console.error(problem);
// Not an error: which CSP entry applies depends on whether out/ is built.
const unusedNote = unused.length ? `; unused allowlist entries: ${unused.map((e) => `${e.check} in ${e.file}`).join(', ')}` : '';
console.log(
  `electronegativity: ${issues.length} findings, ${issues.length - fresh.length} allowed, ${fresh.length} new ` +
    `(${checks} checks over ${files.length} files, Electron ${version}, ${((Date.now() - started) / 1000).toFixed(1)} s${unusedNote})`,
);
if (fresh.length > 0) console.error('Fix each new finding, or add it to security/electronegativity-allowlist.json with the reason it is safe.');
process.exitCode = fresh.length > 0 || problems.length > 0 || errors.length > 0 ? 1 : 0;
