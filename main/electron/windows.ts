// The main (facilitator's) window: hardened preferences, shown once painted, loading the app's own
// URL. Main windows are tracked apart from the presenter window (presenterWindow.ts), so the app's
// IPC, menu commands and opened files go to the facilitator's window only.
import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security';

export interface WindowOptions {
  preloadPath: string;
  startUrl: string;
}

const mainWindows = new Set<BrowserWindow>();

export function createMainWindow({ preloadPath, startUrl }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 600,
    show: false,
    title: 'Baton',
    backgroundColor: '#f7f5f0',
    webPreferences: secureWebPreferences(preloadPath),
  });
  mainWindows.add(window);
  window.on('closed', () => mainWindows.delete(window));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl);
  return window;
}

/** The facilitator's window: the focused one if several, else the first still open. */
export function mainWindow(): BrowserWindow | null {
  const open = [...mainWindows].filter((w) => !w.isDestroyed());
  return open.find((w) => w.isFocused()) ?? open[0] ?? null;
}

export function appWebContents() {
  return [...mainWindows].filter((w) => !w.isDestroyed()).map((window) => window.webContents);
}

/** Brings the existing window forward, e.g. when the user launches Baton a second time. */
export function focusMainWindow(): void {
  const window = mainWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
