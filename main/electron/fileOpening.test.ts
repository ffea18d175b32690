import fs from 'node:fs';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { App, BrowserWindow } from 'electron';
import { tempDataDir } from '../testing/tempDir';
import { batonFilesIn, setupFileOpening } from './fileOpening';

function fakeWindow(loading: boolean) {
  const sent: unknown[][] = [];
  return { window: { webContents: { isLoading: () => loading, send: (...args: unknown[]) => sent.push(args) } } as unknown as BrowserWindow, sent };
}

describe('opening Baton files with the app', () => {
  it('picks Baton files out of the command line, ignoring options and other files', () => {
    expect(batonFilesIn(['/opt/Baton/baton', '--no-sandbox', '/home/a/plan.baton.json', '/home/a/x.pdf', 'C:\\t\\Day.BATON-TEMPLATE.json'])).toEqual([
      '/home/a/plan.baton.json',
      'C:\\t\\Day.BATON-TEMPLATE.json',
    ]);
  });

  it('hands a file to the window once it has loaded', () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'day.baton-template.json');
    fs.writeFileSync(file, '{"kind":"template"}');
    const app = new EventEmitter() as unknown as App;
    const loading = fakeWindow(true);
    let window = loading.window;
    const opening = setupFileOpening(app, () => window);
    opening.openFromArgv(['baton', file]);
    expect(loading.sent).toEqual([]);
    const ready = fakeWindow(false);
    window = ready.window;
    opening.flush();
    expect(ready.sent).toEqual([['baton:open-file', { fileName: 'day.baton-template.json', content: '{"kind":"template"}' }]]);
    // macOS: open-file events.
    (app as unknown as EventEmitter).emit('open-file', { preventDefault: () => undefined }, file);
    expect(ready.sent).toHaveLength(2);
  });
});
