// The Electron main process, run against a fake `electron` module: window preferences, session
// hardening, navigation and window-open denial, IPC registration and sender checks, the app
// protocol and its CSP, and storage through electron-store on BATON_DATA_DIR.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames, ipcChannelOf } from '../../shared/ipc/contract';
import { presenterChannels } from '../../shared/ipc/presenter';
import { FakeWebContents, type FakeElectron } from '../testing/fakeElectron';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron, dataDir: '' }));

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('../testing/fakeElectron');
  state.fake = createFakeElectron(fs.mkdtempSync(path.join(os.tmpdir(), 'baton-userdata-')));
  return { default: state.fake, ...state.fake };
});

beforeAll(async () => {
  state.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-main-'));
  process.env.BATON_DATA_DIR = state.dataDir;
  await import('../index');
  state.fake.app.markReady();
  await new Promise((resolve) => setTimeout(resolve, 50));
});

const fake = () => state.fake;
const mainWindow = () => fake().windows[0]!;

function ipcEvent(sender: { id: number }, url: string) {
  return { sender, senderFrame: { url } };
}

describe('the main window', () => {
  it('is created with the hardened web preferences and the preload', () => {
    const prefs = mainWindow().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('loads the app from its own protocol, not a server, and sandboxes every renderer', () => {
    expect(mainWindow().loadedUrl).toBe('baton://app/index.html');
    expect(fake().app.sandboxEnabled).toBe(true);
    expect(fake().protocol.privileged).toEqual([
      { scheme: 'baton', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('the app protocol', () => {
  const serve = (url: string) => fake().protocol.handlers.get('baton')!(new Request(url));

  it('serves the renderer with the Content-Security-Policy header', async () => {
    const response = await serve('baton://app/index.html');
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    for (const directive of ["default-src 'none'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
  });

  it('serves nothing outside the renderer folder or for another host', async () => {
    expect((await serve('baton://app/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await serve('baton://other/index.html')).status).toBe(404);
  });
});

describe('the session', () => {
  const session = () => fake().session.defaultSession;

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      session().permissionRequestHandler!(null, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(session().permissionCheckHandler!(null, 'media')).toBe(false);
    expect(session().devicePermissionHandler!({})).toBe(false);
  });

  it('cancels every request for remote content', () => {
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      session().beforeRequest!({ url }, (answer: { cancel: boolean }) => (cancel = answer.cancel));
      return cancel;
    };
    expect(verdict('https://example.com/tracker.js')).toBe(true);
    expect(verdict('http://127.0.0.1:8080/')).toBe(true);
    expect(verdict('wss://example.com/socket')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
    expect(verdict('baton://app/assets/index.js')).toBe(false);
  });
});

describe('every web contents', () => {
  function created() {
    const contents = new FakeWebContents();
    fake().app.emit('web-contents-created', {}, contents);
    return contents;
  }

  it('denies navigation and webview attachment', () => {
    const contents = created();
    for (const [event, url] of [
      ['will-navigate', 'https://example.com/'],
      ['will-navigate', 'baton://app/other.html'],
      ['will-redirect', 'https://example.com/'],
      ['will-attach-webview', undefined],
    ] as const) {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault }, url);
      expect(preventDefault, event).toHaveBeenCalled();
    }
  });

  it('denies new windows, opening only https and mailto links in the system browser', () => {
    const contents = created();
    for (const url of ['https://hbr.org/', 'mailto:sponsor@example.com', 'http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(fake().shell.opened).toEqual(['https://hbr.org/', 'mailto:sponsor@example.com']);
        resolve();
      }, 10),
    );
  });
});

describe('IPC', () => {
  it('registers one handler per contract channel and the presenter window requests, nothing else', () => {
    const presenter = [presenterChannels.open, presenterChannels.close, presenterChannels.show, presenterChannels.turn];
    expect([...fake().ipcMain.handlers.keys()].sort()).toEqual([...channelNames.map(ipcChannelOf), ...presenter].sort());
  });

  it('refuses messages from a frame that is not the app or from a foreign web contents', async () => {
    const handler = fake().ipcMain.handlers.get('baton:listWorkshops')!;
    const fromEvilFrame = await handler(ipcEvent(mainWindow().webContents, 'https://evil.example/'), undefined);
    const fromOtherContents = await handler(ipcEvent(new FakeWebContents(), 'baton://app/index.html'), undefined);
    const withoutFrame = await handler({ sender: mainWindow().webContents, senderFrame: null }, undefined);
    for (const answer of [fromEvilFrame, fromOtherContents, withoutFrame]) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('validates payloads and stores workshops through electron-store under BATON_DATA_DIR', async () => {
    const create = fake().ipcMain.handlers.get('baton:createWorkshop')!;
    const event = ipcEvent(mainWindow().webContents, 'baton://app/index.html');
    expect(await create(event, { title: '' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const created = (await create(event, { title: 'From Electron' })) as { ok: true; value: { id: string } };
    expect(created.ok).toBe(true);
    const file = path.join(state.dataDir, 'workshops', `${created.value.id}.json`);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).title).toBe('From Electron');
  });
});

describe('the application menu', () => {
  it('offers New Workshop on Ctrl/Cmd+N and sends it to the focused window', () => {
    const template = fake().menu.template as { label?: string; submenu?: { label?: string; accelerator?: string; click?: () => void }[] }[];
    const file = template.find((m) => m.label === 'File')!;
    const item = file.submenu!.find((i) => i.label === 'New Workshop…')!;
    expect(item.accelerator).toBe('CmdOrCtrl+N');
    item.click!();
    expect(mainWindow().webContents.sent).toContainEqual(['baton:command', 'new-workshop']);
  });
});
