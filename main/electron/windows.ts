// The main window: hardened preferences, shown once painted, loading the app's own URL.
import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security';

export interface WindowOptions {
  preloadPath: string;
  startUrl: string;
}

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
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl);
  return window;
}

export function appWebContents() {
  return BrowserWindow.getAllWindows().map((window) => window.webContents);
}

/** Brings the existing window forward, e.g. when the user launches Baton a second time. */
export function focusMainWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
