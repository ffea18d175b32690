// Electron entry: wires the concerns together (protocol, session, services, IPC, menu, window).
import path from 'node:path';
import { app, dialog, ipcMain, protocol, screen, session, shell } from 'electron';
import { resolveDataDir } from './dataDir';
import { setupFileOpening } from './electron/fileOpening';
import { isTrustedSender, registerIpcHandlers } from './electron/ipc';
import { electronPlatform } from './electron/platform';
import { setupMenu } from './electron/menu';
import { registerSchemePrivileges, serveRenderer } from './electron/protocol';
import { APP_START_URL, devServerUrlFrom, hardenSession, hardenWebContents, isSafeExternalUrl } from './electron/security';
import { setupPresenterWindow, type PresenterWindowControl } from './electron/presenterWindow';
import { appWebContents, createMainWindow, focusMainWindow, mainWindow } from './electron/windows';
import { createServices } from './services/createServices';
import { createDispatch } from './services/dispatch';
import { createHandlers } from './services/handlers';
import { acquireDataDirLock, reportLeftovers } from './storage/dataDirLock';
import { openElectronStore } from './storage/electronStore';
import { builtPageDir } from './room/server';

const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);
const here = import.meta.dirname;

registerSchemePrivileges(protocol);
app.enableSandbox();

app.on('web-contents-created', (_event, contents) =>
  hardenWebContents(contents, (url) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  }),
);

const files = setupFileOpening(app, () => mainWindow() ?? undefined);
const preloadPath = path.join(here, '../preload/index.cjs');
const startUrl = devServerUrl ?? APP_START_URL;
let presenter: PresenterWindowControl | null = null;

function openWindow() {
  const window = createMainWindow({ preloadPath, startUrl });
  window.webContents.on('did-finish-load', files.flush);
  // The room screen shows the facilitator's workshop; without the facilitator it has nothing to follow.
  window.on('closed', () => {
    if (appWebContents().length === 0) presenter?.close();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    focusMainWindow();
    files.openFromArgv(argv);
  });

  void app.whenReady().then(() => {
    const dataDir = resolveDataDir(process.env, app.getPath('userData'));
    // Browser mode or another Electron on the same folder (BATON_DATA_DIR) would save over our files.
    const lock = acquireDataDirLock(dataDir);
    if (!lock.ok) {
      dialog.showErrorBox(lock.error.code === 'conflict' ? 'Baton is already running' : 'Baton cannot use its data folder', lock.error.message);
      app.quit();
      return;
    }
    reportLeftovers(lock.value.removedLeftovers);
    // The page phones load sits beside this entry's bundle; a shared chunk cannot find it by itself.
    const services = createServices({ dataDir, openStore: openElectronStore, platform: electronPlatform, roomPageDir: builtPageDir(here) });
    app.on('will-quit', () => {
      void services.close();
      lock.value.release();
    });
    hardenSession(session.defaultSession, devServerUrl);
    serveRenderer(protocol, path.join(here, '../renderer'));
    registerIpcHandlers(ipcMain, createDispatch(createHandlers(services)), appWebContents, devServerUrl);
    presenter = setupPresenterWindow(ipcMain, screen, {
      preloadPath,
      startUrl,
      facilitator: mainWindow,
      isTrusted: (event) => isTrustedSender(event, appWebContents, devServerUrl),
    });
    setupMenu(process.platform, devServerUrl !== undefined);
    openWindow();
    files.openFromArgv(process.argv.slice(1));
    app.on('activate', () => {
      if (appWebContents().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
