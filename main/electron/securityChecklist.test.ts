// Electron's security checklist (electronjs.org/docs/latest/tutorial/security), one test per item,
// against the real main process and preload over a fake `electron` module, started as an installed
// app would be with a dev-server address planted in its environment.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Plugin } from 'vite';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import viteConfig from '../../electron.vite.config';
import { channelNames, contract, ipcChannelOf } from '../../shared/ipc/contract';
import { createDispatch } from '../services/dispatch';
import type { Handlers } from '../services/handlers';
import { FakeWebContents, type FakeElectron } from '../testing/fakeElectron';
import { devServerUrlFrom } from './security';

const DEV_SERVER = 'http://localhost:5173';
const repo = path.resolve(import.meta.dirname, '../..');
const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }));

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('../testing/fakeElectron');
  state.fake = createFakeElectron(fs.mkdtempSync(path.join(os.tmpdir(), 'baton-userdata-')));
  state.fake.app.isPackaged = true;
  return { default: state.fake, ...state.fake };
});

beforeAll(async () => {
  process.env.BATON_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-checklist-'));
  // What `npm run dev` sets; an installed app must ignore it.
  process.env.ELECTRON_RENDERER_URL = DEV_SERVER;
  await import('../index');
  state.fake.app.markReady();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await import('../preload/index');
});

const fake = () => state.fake;
const windows = () => fake().windows;
const prefsOf = (window: { options: Record<string, unknown> }) => window.options.webPreferences as Record<string, unknown>;
const appPage = (sender: { id: number }) => ({ sender, senderFrame: { url: 'baton://app/index.html' } });
const exposed = () => fake().contextBridge.exposed.baton as Record<string, unknown>;

/** Shipped main-process sources: tests and the fakes they use are not part of the app. */
function mainSources(): { file: string; text: string }[] {
  return fs
    .readdirSync(path.join(repo, 'main'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('testing'))
    .map((file) => ({ file: `main/${file.replaceAll(path.sep, '/')}`, text: fs.readFileSync(path.join(repo, 'main', file), 'utf8') }));
}

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** Strict: nothing inline or eval'd, nothing remote, no plugins, no <base>, no framing (headers only). */
function expectStrictPolicy(policy: string, { inMetaTag = false } = {}) {
  const directives = directivesOf(policy);
  expect(directives.get('default-src')).toEqual(["'none'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  if (inMetaTag) expect(directives.has('frame-ancestors'), 'browsers ignore frame-ancestors in a meta tag').toBe(false);
  else expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  for (const [name, values] of directives) {
    for (const value of values) {
      expect(value, `${name} ${value}`).not.toMatch(/unsafe-|^\*$|^https?:|^wss?:|^file:/i);
    }
  }
}

describe('the Electron security checklist', () => {
  it('isolates the page from the preload (contextIsolation on every window)', () => {
    expect(windows().length).toBeGreaterThan(0);
    for (const window of windows()) expect(prefsOf(window).contextIsolation).toBe(true);
    expect(exposed(), 'the API reaches the page through contextBridge only').toBeDefined();
  });

  it('sandboxes every window and, with app.enableSandbox(), every renderer', () => {
    for (const window of windows()) expect(prefsOf(window).sandbox).toBe(true);
    expect(fake().app.sandboxEnabled).toBe(true);
  });

  it('gives the page no Node.js: not in the window, its workers, its subframes, nor through a webview', () => {
    for (const window of windows()) {
      expect(prefsOf(window)).toMatchObject({
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
      });
    }
  });

  it("turns none of the web's protections off: web security, insecure content, experimental or extra Blink features", () => {
    for (const window of windows()) {
      const prefs = prefsOf(window);
      expect(prefs.webSecurity).not.toBe(false);
      expect(prefs.allowRunningInsecureContent).not.toBe(true);
      expect(prefs.experimentalFeatures).not.toBe(true);
      expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    }
  });

  it('sends a strict Content-Security-Policy with every response of the app protocol, refusals included', async () => {
    const serve = (url: string) => fake().protocol.handlers.get('baton')!(new Request(url));
    for (const url of ['baton://app/index.html', 'baton://app/no-such-file.js', 'baton://elsewhere/index.html']) {
      const response = await serve(url);
      expectStrictPolicy(response.headers.get('content-security-policy') ?? '');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('puts the same policy into the built page as a meta tag (the build plugin, called directly)', async () => {
    const plugins = (viteConfig as { renderer: { plugins: unknown[] } }).renderer.plugins.flat(3) as Plugin[];
    const plugin = plugins.find((p) => p?.name === 'baton-csp-meta')!;
    const hook = plugin.transformIndexHtml as (html: string) => { tag: string; attrs: Record<string, string> }[];
    const [tag] = await hook('<!doctype html>');
    expect(tag).toMatchObject({ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy' } });
    expectStrictPolicy(tag!.attrs.content!, { inMetaTag: true });
  });

  const builtPage = path.join(repo, 'out/renderer/index.html');
  it.skipIf(!fs.existsSync(builtPage))('has that meta tag and no inline script in out/renderer/index.html (skipped when out/ is not built)', () => {
    const html = fs.readFileSync(builtPage, 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta, 'the CSP meta tag').not.toBeNull();
    expectStrictPolicy(meta![1]!.replaceAll('&#39;', "'"), { inMetaTag: true });
    for (const script of html.match(/<script\b[^>]*>/g) ?? []) expect(script).toMatch(/\bsrc="/);
  });

  it('loads no remote content: the session cancels http, https, ws and file requests, the dev server included', () => {
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      fake().session.defaultSession.beforeRequest!({ url }, (answer: { cancel: boolean }) => (cancel = answer.cancel));
      return cancel;
    };
    for (const url of ['https://example.com/a.js', 'http://127.0.0.1:8080/', 'ws://example.com/', 'wss://example.com/', 'file:///etc/passwd', `${DEV_SERVER}/index.html`]) {
      expect(cancelled(url), url).toBe(true);
    }
    for (const url of ['baton://app/index.html', 'data:image/png;base64,AA==', 'blob:baton://app/1234']) expect(cancelled(url), url).toBe(false);
  });

  it('denies every navigation, redirect, webview and new window', () => {
    const contents = new FakeWebContents();
    fake().app.emit('web-contents-created', {}, contents);
    for (const [event, url] of [
      ['will-navigate', 'https://example.com/'],
      ['will-navigate', 'baton://app/index.html?elsewhere'],
      ['will-navigate', `${DEV_SERVER}/`],
      ['will-redirect', 'https://example.com/'],
      ['will-attach-webview', undefined],
    ] as const) {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault }, url);
      expect(preventDefault, `${event} ${url}`).toHaveBeenCalled();
    }
    for (const url of ['baton://app/index.html', 'https://example.com/', 'about:blank']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(windows()).toHaveLength(1);
  });

  it('denies every permission request, permission check and device permission', () => {
    const session = fake().session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'hid', 'serial', 'usb']) {
      let granted: boolean | undefined;
      session.permissionRequestHandler!(null, permission, (answer: boolean) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(session.permissionCheckHandler!(null, permission, 'baton://app')).toBe(false);
    }
    expect(session.devicePermissionHandler!({ deviceType: 'usb', origin: 'baton://app' })).toBe(false);
  });

  it("answers IPC only from the app's own page in one of its windows", async () => {
    const handler = fake().ipcMain.handlers.get(ipcChannelOf('listWorkshops'))!;
    const window = windows()[0]!.webContents;
    expect(await handler(appPage(window), undefined)).toMatchObject({ ok: true });
    for (const event of [
      { sender: window, senderFrame: { url: 'https://evil.example/' } },
      { sender: window, senderFrame: { url: `${DEV_SERVER}/index.html` } },
      { sender: window, senderFrame: { url: 'file:///tmp/page.html' } },
      { sender: window, senderFrame: null },
      appPage(new FakeWebContents()),
    ]) {
      expect(await handler(event, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('validates every IPC payload: each contract channel has a zod schema that refuses invalid payloads before its handler runs', async () => {
    const reached: string[] = [];
    const spies = new Proxy({} as Handlers, { get: (_t, name: string) => () => void reached.push(name) });
    const dispatch = createDispatch(spies, () => undefined);
    const invalid: unknown[] = [42, 'text', null, ['a'], { unexpected: true }, JSON.parse('{"__proto__": {"polluted": true}}')];
    const window = windows()[0]!.webContents;
    for (const name of channelNames) {
      expect(contract[name].request, name).toBeInstanceOf(z.ZodType);
      const handler = fake().ipcMain.handlers.get(ipcChannelOf(name))!;
      for (const payload of invalid) {
        expect(await dispatch(name, payload), `${name} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
        expect(await handler(appPage(window), payload), `${name} over IPC`).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      }
    }
    expect(reached).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('exposes no ipcRenderer: window.baton holds the contract methods, shell and on… subscriptions, nothing else', async () => {
    const api = exposed();
    const subscriptions = Object.keys(api).filter((key) => /^on[A-Z]/.test(key));
    expect(subscriptions).toContain('onCommand');
    expect(Object.keys(api).sort()).toEqual([...channelNames, 'presenter', 'shell', ...subscriptions].sort());
    expect(api.shell).toBe('electron');
    for (const name of channelNames) {
      const method = api[name] as (request?: unknown) => Promise<unknown>;
      expect(typeof method).toBe('function');
      expect(await method({ probe: true }), 'answers with data, never an Electron object').toEqual({ ok: true, value: null });
      expect(fake().ipcRenderer.invoked.at(-1)).toEqual([ipcChannelOf(name), { probe: true }]);
    }
    // Each subscription listens on one baton: channel, hands on only data it checked, never the IPC
    // event (whose `sender` would reach ipcRenderer), and can be undone.
    const event = { sender: { send: () => undefined }, ports: [] };
    const candidates: unknown[] = ['new-workshop', { fileName: 'a.baton.json', content: '{}' }, 42, null, { evil: true }, 'rm -rf'];
    for (const name of subscriptions) {
      const before = new Map([...fake().ipcRenderer.listeners].map(([channel, list]) => [channel, list.length]));
      const received: unknown[][] = [];
      const unsubscribe = (api[name] as (listener: (...args: unknown[]) => void) => () => void)((...args) => received.push(args));
      const added = [...fake().ipcRenderer.listeners].filter(([channel, list]) => list.length > (before.get(channel) ?? 0));
      expect(added.map(([channel]) => channel), name).toHaveLength(1);
      const [channel, list] = added[0]!;
      expect(channel.startsWith('baton:'), channel).toBe(true);
      for (const value of candidates) list.at(-1)!(event, value);
      expect(received.length, `${name} relays something`).toBeGreaterThan(0);
      for (const args of received) {
        expect(args, name).toHaveLength(1);
        expect(args[0]).not.toBe(event);
        expect([42, null, 'rm -rf']).not.toContain(args[0]);
        expect(args[0]).not.toEqual({ evil: true });
      }
      unsubscribe();
      expect(fake().ipcRenderer.listeners.get(channel)).toHaveLength(before.get(channel) ?? 0);
    }
    const preload = fs.readFileSync(path.join(repo, 'main/preload/index.ts'), 'utf8');
    const imports = [...preload.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.every((source) => source === 'electron' || source!.startsWith('../../shared/')), imports.join(', ')).toBe(true);
  });

  it('lets the presenter window receive only checked scenes and page turns, and never lets it send', async () => {
    const presenter = exposed().presenter as Record<string, (listener: (...args: unknown[]) => void) => () => void>;
    const event = { sender: { send: () => undefined }, ports: [] };
    const scene = { workshopTitle: 'W', theme: 'light', join: null, activity: null };
    const valid: Record<string, unknown> = { onScene: scene, onPage: -1, onClosed: undefined };
    for (const name of ['onScene', 'onPage', 'onClosed']) {
      const before = new Map([...fake().ipcRenderer.listeners].map(([channel, list]) => [channel, list.length]));
      const received: unknown[][] = [];
      const unsubscribe = presenter[name]!((...args) => received.push(args));
      const [channel, list] = [...fake().ipcRenderer.listeners].find(([c, l]) => l.length > (before.get(c) ?? 0))!;
      expect(channel.startsWith('baton:presenter:'), channel).toBe(true);
      if (name !== 'onClosed') for (const junk of [42, null, { evil: true }, 'rm -rf', { ...scene, notes: 'private' }]) list.at(-1)!(event, junk);
      list.at(-1)!(event, valid[name]);
      expect(received, name).toEqual([name === 'onClosed' ? [] : [valid[name]]]);
      unsubscribe();
    }
    const handler = fake().ipcMain.handlers.get('baton:presenter:show')!;
    const presenterContents = new FakeWebContents();
    expect(await handler({ sender: presenterContents, senderFrame: { url: 'baton://app/index.html#presenter' } }, scene)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens links externally only for https and mailto, only from the window-open handler, never over IPC', async () => {
    const contents = new FakeWebContents();
    fake().app.emit('web-contents-created', {}, contents);
    fake().shell.opened.length = 0;
    for (const url of ['https://hbr.org/', 'mailto:sponsor@example.com', 'http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'baton://app/x']) {
      contents.windowOpenHandler!({ url });
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake().shell.opened).toEqual(['https://hbr.org/', 'mailto:sponsor@example.com']);
    const callers = mainSources().filter(({ text }) => /\.openExternal\(/.test(text));
    expect(callers.map((c) => c.file)).toEqual(['main/index.ts']);
    expect(callers[0]!.text).toMatch(/'web-contents-created'[\s\S]*hardenWebContents\([\s\S]*shell\.openExternal\(url\)/);
  });

  it('serves the app from its own baton:// origin, never from a dev server in an installed app', () => {
    for (const window of windows()) expect(window.loadedUrl).toBe('baton://app/index.html');
    expect(fake().protocol.privileged).toEqual([{ scheme: 'baton', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const view = (fake().menu.template as { label?: string; submenu?: { role?: string }[] }[]).find((m) => m.label === 'View')!;
    expect(view.submenu!.map((item) => item.role)).not.toContain('toggleDevTools');
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: DEV_SERVER }, true)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: DEV_SERVER }, false)).toBe(DEV_SERVER);
    for (const foreign of ['https://evil.example/', 'http://192.168.1.5:5173', 'file:///tmp/index.html', 'not a url']) {
      expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: foreign }, false), foreign).toBeUndefined();
    }
  });

  it('ships with the Electron fuses set in electron-builder.yml', () => {
    const yaml = fs.readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?:[ \t]+.*\n?)+)/m.exec(yaml);
    expect(block, 'an electronFuses section').not.toBeNull();
    const fuses = Object.fromEntries([...block![1]!.matchAll(/^\s+(\w+):\s*(true|false)\s*$/gm)].map((m) => [m[1], m[2] === 'true']));
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(yaml).toMatch(/^asar: true$/m);
    // Each key is one electron-builder flips (its configuration schema lists the fuses it knows), so
    // a misspelt fuse cannot be left at Electron's default: `file://` pages get no extra privileges.
    const scheme = JSON.parse(fs.readFileSync(path.join(repo, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(known).toEqual(expect.arrayContaining(Object.keys(fuses)));
  });
});
