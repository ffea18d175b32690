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

  it('reads a UTF-16 file by its byte-order mark, and sends the reason for a file that is not UTF-8', () => {
    const dir = tempDataDir();
    const utf16 = path.join(dir, 'day.baton.json');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"kind":"workshop","title":"Café"}', 'utf16le')]));
    const latin1 = path.join(dir, 'old.baton.json');
    fs.writeFileSync(latin1, Buffer.from('{"kind":"workshop","title":"Caf\xe9"}', 'latin1'));
    const ready = fakeWindow(false);
    const opening = setupFileOpening(new EventEmitter() as unknown as App, () => ready.window);
    opening.openFromArgv([utf16, latin1]);
    expect(ready.sent).toEqual([
      ['baton:open-file', { fileName: 'day.baton.json', content: '{"kind":"workshop","title":"Café"}' }],
      ['baton:open-file', { fileName: 'old.baton.json', error: 'old.baton.json is not valid UTF-8 text: byte 0xE9 at byte offset 31 does not start a UTF-8 character. Save it again as UTF-8.' }],
    ]);
  });
});
