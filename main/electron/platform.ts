// Electron's extras for exports: the native save dialog, and opening a saved file or its folder.
import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { Platform } from '../services/platform';
import { atomicWriteFileSync } from '../storage/atomicWrite';

export const electronPlatform: Platform = {
  async saveFile({ defaultName, filter, bytes }) {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const options = { defaultPath: path.join(app.getPath('documents'), defaultName), filters: [filter] };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    atomicWriteFileSync(choice.filePath, bytes);
    return choice.filePath;
  },
  async chooseFolder(title) {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const options = { title, buttonLabel: 'Save here', defaultPath: app.getPath('documents'), properties: ['openDirectory' as const, 'createDirectory' as const] };
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return choice.canceled || !choice.filePaths[0] ? null : choice.filePaths[0];
  },
  openPath: (file) => shell.openPath(file),
  showInFolder: (file) => shell.showItemInFolder(file),
};
