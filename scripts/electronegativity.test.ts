// The Electronegativity gate that `npm run lint` runs: it does catch a badly configured window.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = path.join(import.meta.dirname, 'electronegativity.mjs');
const scan = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

const fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-eng-'));
afterAll(() => fs.rmSync(fixture, { recursive: true, force: true }));

function write(relative: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(fixture, relative)), { recursive: true });
  fs.writeFileSync(path.join(fixture, relative), text);
}

describe('scripts/electronegativity.mjs', () => {
  it('fails on a window with node integration and no isolation, naming each new finding, inline eng-disable comments notwithstanding', () => {
    write('security/electronegativity-allowlist.json', '[]');
    write(
      'main/index.ts',
      [
        "import { BrowserWindow, shell } from 'electron';",
        'const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false } });',
        // An inline eng-disable comment must not silence a finding: only the allowlist can.
        "win.webContents.on('new-window', (_e: unknown, url: string) => shell.openExternal(url)); /* eng-disable OPEN_EXTERNAL_JS_CHECK */",
        "eval('win.id + ' + win.id);",
      ].join('\n'),
    );
    const result = scan('--root', fixture);
    expect(result.status).toBe(1);
    for (const check of ['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'DANGEROUS_FUNCTIONS_JS_CHECK']) {
      expect(result.stderr).toContain(`new finding ${check} in main/index.ts`);
    }
    expect(result.stdout).toMatch(/electronegativity: \d+ findings, 0 allowed, \d+ new/);
  });
});
