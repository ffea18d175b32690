// Baton files opened with the app (double-click, "Open with", dropped on the dock icon): read in
// main and handed to the window, which shows the import preview. Files arriving before the window
// has loaded wait for it.
import fs from 'node:fs';
import path from 'node:path';
import type { App, BrowserWindow } from 'electron';
import { MAX_IMPORT_BYTES } from '../../shared/files/batonFile';
import { openFileChannel, type OpenedFile } from '../../shared/ipc/commands';
import { decodeTextFile } from '../../shared/text/decodeTextFile';

const BATON_FILE = /\.baton(-template)?\.json$/i;

export function batonFilesIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => BATON_FILE.test(arg) && !arg.startsWith('-'));
}

export function setupFileOpening(app: App, mainWindow: () => BrowserWindow | undefined) {
  const waiting: OpenedFile[] = [];

  function deliver(file: OpenedFile) {
    const window = mainWindow();
    if (!window || window.webContents.isLoading()) {
      waiting.push(file);
      return;
    }
    window.webContents.send(openFileChannel, file);
  }

  function open(filePath: string) {
    try {
      const stat = fs.statSync(filePath);
      if (!stat.isFile() || stat.size > MAX_IMPORT_BYTES) return;
      const fileName = path.basename(filePath);
      const text = decodeTextFile(fs.readFileSync(filePath), fileName);
      deliver(text.ok ? { fileName, content: text.value } : { fileName, error: text.error.message });
    } catch {
      // A file that vanished or cannot be read is ignored, as a double-click on it would be.
    }
  }

  // macOS sends open-file, possibly before the app is ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    open(filePath);
  });

  return {
    /** Files named on the command line (Windows and Linux open files this way). */
    openFromArgv: (argv: readonly string[]) => batonFilesIn(argv).forEach(open),
    /** Hands over what arrived before the window finished loading. */
    flush: () => waiting.splice(0).forEach(deliver),
  };
}
