// Electron entry: wires the concerns together (protocol, session, services, IPC, menu, window).
import path from 'node:path';
import { app, ipcMain, protocol, session, shell } from 'electron';
import { resolveDataDir } from './dataDir';
import { registerIpcHandlers } from './electron/ipc';
import { electronPlatform } from './electron/platform';
import { setupMenu } from './electron/menu';
import { registerSchemePrivileges, serveRenderer } from './electron/protocol';
import { APP_START_URL, hardenSession, hardenWebContents, isSafeExternalUrl } from './electron/security';
import { appWebContents, createMainWindow, focusMainWindow } from './electron/windows';
import { createServices } from './services/createServices';
import { createDispatch } from './services/dispatch';
import { createHandlers } from './services/handlers';
import { openElectronStore } from './storage/electronStore';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const here = import.meta.dirname;

registerSchemePrivileges(protocol);
app.enableSandbox();

app.on('web-contents-created', (_event, contents) =>
  hardenWebContents(contents, (url) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  }),
);

function openWindow() {
  createMainWindow({
    preloadPath: path.join(here, '../preload/index.cjs'),
    startUrl: devServerUrl ?? APP_START_URL,
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);

  void app.whenReady().then(() => {
    const services = createServices({
      dataDir: resolveDataDir(process.env, app.getPath('userData')),
      openStore: openElectronStore,
      platform: electronPlatform,
    });
    app.on('will-quit', () => void services.close());
    hardenSession(session.defaultSession);
    serveRenderer(protocol, path.join(here, '../renderer'));
    registerIpcHandlers(ipcMain, createDispatch(createHandlers(services)), appWebContents);
    setupMenu(process.platform, devServerUrl !== undefined);
    openWindow();
    app.on('activate', () => {
      if (appWebContents().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
