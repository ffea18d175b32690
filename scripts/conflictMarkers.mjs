#!/usr/bin/env node
// Fails when a tracked text file still holds git merge-conflict markers. eslint catches them in
// TypeScript, but not in CSS, JSON or Markdown: a marker left in a stylesheet once made the CSS
// parser drop every later rule of the bundle without any error.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const TEXT = /\.(ts|tsx|mjs|js|cjs|css|html|json|md|yml|yaml)$/;
// "=======" alone is also a Markdown heading underline, so it counts only between the other two.
const OPEN = /^<{7}( |$)/;
const MIDDLE = /^={7}$/;
const CLOSE = /^>{7}( |$)/;

function trackedFiles() {
  const git = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  if (git.status === 0) return git.stdout.split('\0').filter(Boolean);
  // Not a git checkout (an unpacked archive): look at the source folders instead.
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else files.push(rel);
    }
  };
  for (const dir of ['main', 'renderer', 'shared', 'tests', 'scripts', 'assets', 'bench']) if (fs.existsSync(path.join(root, dir))) walk(dir);
  return files;
}

const found = [];
for (const file of trackedFiles().filter((f) => TEXT.test(f))) {
  let text;
  try {
    text = fs.readFileSync(path.join(root, file), 'utf8');
  } catch {
    continue; // listed by git but deleted in the work tree
  }
  let opened = false;
  text.split('\n').forEach((line, i) => {
    if (OPEN.test(line)) opened = true;
    if (OPEN.test(line) || CLOSE.test(line) || (opened && MIDDLE.test(line))) found.push(`${file}:${i + 1}: ${line.slice(0, 40)}`);
    if (CLOSE.test(line)) opened = false;
  });
}
if (found.length) {
  console.error(`Merge-conflict markers left in ${found.length} line(s):\n${found.join('\n')}`);
  process.exit(1);
}
