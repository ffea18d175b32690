// A stand-in for the `electron` module, recording what the main process asks of it, so tests can
// check window preferences, session hardening, IPC registration and the protocol without Electron.
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler?: (details: { url: string }) => { action: string };
  sent: unknown[][] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return 'baton://app/index.html';
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  focus() {}
}

export function createFakeElectron(userData: string) {
  const windows: FakeBrowserWindow[] = [];

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    loadedUrl?: string;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    bounds = { x: 0, y: 0, width: 1280, height: 820 };
    fullScreen = false;
    destroyed = false;
    shown = false;
    show() {
      this.shown = true;
    }
    showInactive() {
      this.shown = true;
    }
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isFocused() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    getBounds() {
      return this.bounds;
    }
    setBounds(bounds: Rect) {
      this.bounds = bounds;
    }
    isFullScreen() {
      return this.fullScreen;
    }
    setFullScreen(on: boolean) {
      this.fullScreen = on;
    }
    close() {
      if (this.destroyed) return;
      this.destroyed = true;
      windows.splice(windows.indexOf(this), 1);
      this.emit('closed');
    }
    static getAllWindows() {
      return windows;
    }
    static getFocusedWindow() {
      return windows[0] ?? null;
    }
  }

  const session = {
    permissionRequestHandler: undefined as Listener | undefined,
    permissionCheckHandler: undefined as Listener | undefined,
    devicePermissionHandler: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
    setPermissionRequestHandler(h: Listener) {
      this.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: Listener) {
      this.permissionCheckHandler = h;
    },
    setDevicePermissionHandler(h: Listener) {
      this.devicePermissionHandler = h;
    },
    webRequest: {
      onBeforeRequest: (h: Listener) => {
        session.beforeRequest = h;
      },
    },
  };

  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const app = Object.assign(new EventEmitter(), {
    sandboxEnabled: false,
    quitCalled: false,
    /** Set before main/index is imported to run it as an installed app would. */
    isPackaged: false,
    enableSandbox() {
      this.sandboxEnabled = true;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => ready,
    getPath: () => userData,
    getVersion: () => '0.0.0-test',
    getName: () => 'Baton',
    quit() {
      this.quitCalled = true;
    },
    markReady: () => markReady(),
  });

  const ipcMain = {
    handlers: new Map<string, Listener>(),
    handle(channel: string, handler: Listener) {
      this.handlers.set(channel, handler);
    },
    on() {},
  };

  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: unknown[]) {
      this.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      this.handlers.set(scheme, handler);
    },
  };

  /** Displays as Electron's `screen` reports them; tests plug and unplug by editing the list and emitting. */
  const screen = Object.assign(new EventEmitter(), {
    displays: [
      { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 }, internal: true },
    ] as { id: number; bounds: Rect; workArea: Rect; internal?: boolean }[],
    getAllDisplays() {
      return screen.displays;
    },
    getDisplayMatching(rect: Rect) {
      const inside = (d: { bounds: Rect }) => rect.x >= d.bounds.x && rect.x < d.bounds.x + d.bounds.width;
      return screen.displays.find(inside) ?? screen.displays[0]!;
    },
  });

  const menu = { template: undefined as unknown };
  const Menu = {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (template: unknown) => {
      menu.template = template;
    },
  };

  const shell = { opened: [] as string[], openExternal: async (url: string) => void shell.opened.push(url) };
  const contextBridge = { exposed: {} as Record<string, unknown>, exposeInMainWorld(key: string, api: unknown) {
    this.exposed[key] = api;
  } };
  const ipcRenderer = {
    invoked: [] as unknown[][],
    listeners: new Map<string, Listener[]>(),
    invoke: async (...args: unknown[]) => {
      ipcRenderer.invoked.push(args);
      return { ok: true, value: null };
    },
    on(channel: string, listener: Listener) {
      ipcRenderer.listeners.set(channel, [...(ipcRenderer.listeners.get(channel) ?? []), listener]);
    },
    removeListener(channel: string, listener: Listener) {
      ipcRenderer.listeners.set(channel, (ipcRenderer.listeners.get(channel) ?? []).filter((l) => l !== listener));
    },
  };

  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    protocol,
    session: { defaultSession: session },
    Menu,
    menu,
    shell,
    contextBridge,
    ipcRenderer,
    screen,
    windows,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
