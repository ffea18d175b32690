// Finds the app's assets/ folder from wherever the running code was bundled (out/main, its chunks
// folder, or the sources under vitest), so examples and templates ship with every build.
import fs from 'node:fs';
import path from 'node:path';

let found: string | undefined;

export function assetsDir(): string {
  if (found) return found;
  let dir = import.meta.dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'assets');
    if (fs.existsSync(path.join(candidate, 'examples'))) return (found = candidate);
    dir = path.dirname(dir);
  }
  throw new Error(`Baton's assets folder was not found above ${import.meta.dirname}.`);
}

export const EXAMPLE_WORKSHOP_FILE = 'northwind-instruments.baton.json';
