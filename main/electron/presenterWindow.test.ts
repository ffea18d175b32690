// The presenter window against a fake `electron`: where it opens as displays come and go, that
// only the facilitator's window may drive it, that scenes are validated and forwarded, and that
// closing either window is safe.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { presenterChannels } from '../../shared/ipc/presenter';
import { presenterScene } from '../../shared/presenter/scene';
import { reportTestWorkshop } from '../../shared/report/testing';
import type { FakeElectron } from '../testing/fakeElectron';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }));

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('../testing/fakeElectron');
  state.fake = createFakeElectron('/unused');
  return { default: state.fake, ...state.fake };
});

const { setupPresenterWindow } = await import('./presenterWindow');
const { BrowserWindow } = await import('electron');

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 }, internal: true };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1280, height: 720 }, workArea: { x: 1440, y: 0, width: 1280, height: 720 }, internal: false };

type Window = InstanceType<FakeElectron['BrowserWindow']>;
let facilitator: Window;
const scene = presenterScene(reportTestWorkshop(), { reveal: 'none', theme: 'contrast' });

function invoke(channel: string, sender: Window, payload?: unknown) {
  const handler = state.fake.ipcMain.handlers.get(channel)!;
  return handler({ sender: sender.webContents, senderFrame: { url: 'baton://app/index.html' } }, payload) as { ok: boolean; value?: unknown };
}

function presenterWindow(): Window | undefined {
  return state.fake.windows.find((w) => w !== facilitator);
}

beforeEach(() => {
  state.fake.windows.splice(0);
  state.fake.ipcMain.handlers.clear();
  state.fake.screen.removeAllListeners();
  state.fake.screen.displays = [laptop, projector];
  facilitator = new BrowserWindow({}) as unknown as Window;
  setupPresenterWindow(state.fake.ipcMain as never, state.fake.screen as never, {
    preloadPath: '/preload.cjs',
    startUrl: 'baton://app/index.html',
    facilitator: () => facilitator as never,
    isTrusted: (event) => event.sender.id === facilitator.webContents.id,
  });
});

describe('the presenter window', () => {
  it('opens on the projector, full screen, with the hardened preferences, without taking the keyboard', () => {
    expect(invoke(presenterChannels.open, facilitator)).toEqual({ ok: true, value: { external: true } });
    const window = presenterWindow()!;
    expect(window.loadedUrl).toBe('baton://app/index.html#presenter');
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/preload.cjs' });
    window.emit('ready-to-show');
    expect(window.bounds).toEqual(projector.bounds);
    expect(window.fullScreen).toBe(true);
    expect(window.shown).toBe(true);
  });

  it('forwards valid scenes, sends the last one to a window that (re)loads, and refuses anything else', () => {
    invoke(presenterChannels.open, facilitator);
    const window = presenterWindow()!;
    expect(invoke(presenterChannels.show, facilitator, scene).ok).toBe(true);
    expect(window.webContents.sent).toContainEqual([presenterChannels.scene, scene]);
    window.webContents.sent.length = 0;
    window.webContents.emit('did-finish-load');
    expect(window.webContents.sent).toEqual([[presenterChannels.scene, scene]]);
    expect(invoke(presenterChannels.show, facilitator, { ...scene, notes: 'Private' }).ok).toBe(false);
    expect(invoke(presenterChannels.turn, facilitator, 5).ok).toBe(false);
    expect(invoke(presenterChannels.turn, facilitator, -1).ok).toBe(true);
    expect(window.webContents.sent).toContainEqual([presenterChannels.page, -1]);
  });

  it('accepts requests from the facilitator’s window only, never from the presenter window', () => {
    invoke(presenterChannels.open, facilitator);
    const window = presenterWindow()!;
    for (const channel of [presenterChannels.open, presenterChannels.close, presenterChannels.show, presenterChannels.turn]) {
      expect(invoke(channel, window, scene)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('moves back to the laptop as a window when the projector is unplugged, and returns when it is plugged in again', () => {
    invoke(presenterChannels.open, facilitator);
    const window = presenterWindow()!;
    window.emit('ready-to-show');
    state.fake.screen.displays = [laptop];
    state.fake.screen.emit('display-removed');
    expect(window.fullScreen).toBe(false);
    expect(window.bounds).toEqual({ x: 80, y: 103, width: 1280, height: 720 });
    state.fake.screen.displays = [laptop, projector];
    state.fake.screen.emit('display-added');
    expect(window.fullScreen).toBe(true);
    expect(window.bounds).toEqual(projector.bounds);
  });

  it('tells the facilitator when the presenter window closes, and opens a new one next time', () => {
    invoke(presenterChannels.open, facilitator);
    presenterWindow()!.close();
    expect(facilitator.webContents.sent).toContainEqual([presenterChannels.closed]);
    expect(invoke(presenterChannels.show, facilitator, scene).ok).toBe(true);
    invoke(presenterChannels.open, facilitator);
    expect(presenterWindow()).toBeDefined();
    expect(invoke(presenterChannels.close, facilitator).ok).toBe(true);
    expect(presenterWindow()).toBeUndefined();
  });
});
