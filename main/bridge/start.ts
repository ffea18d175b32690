// Browser mode entry (`npm run start:browser`): the same services as the Electron shell, behind the
// HTTP bridge on 127.0.0.1, serving the built renderer to the system browser.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { resolveDataDir } from '../dataDir';
import { createServices } from '../services/createServices';
import { createDispatch } from '../services/dispatch';
import { createHandlers } from '../services/handlers';
import { builtPageDir } from '../room/server';
import { openConfStore } from '../storage/confStore';
import { acquireDataDirLock, reportLeftovers } from '../storage/dataDirLock';
import { parseBrowserModeArgs } from './options';
import { startBridge } from './server';

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.error(`Could not open a browser; open ${url} yourself.`));
  child.unref();
}

async function main(): Promise<void> {
  const options = parseBrowserModeArgs(process.argv.slice(2));
  if ('error' in options) {
    console.error(options.error);
    process.exit(2);
  }
  const dataDir = resolveDataDir(process.env);
  // Electron or another browser-mode server on the same folder would save over our files.
  const lock = acquireDataDirLock(dataDir);
  if (!lock.ok) {
    console.error(lock.error.message);
    process.exit(1);
  }
  reportLeftovers(lock.value.removedLeftovers);
  // The page phones load sits beside this entry's bundle; a shared chunk cannot find it by itself.
  const services = createServices({ dataDir, openStore: openConfStore, roomPageDir: builtPageDir(import.meta.dirname) });
  let bridge;
  try {
    bridge = await startBridge({
      dispatch: createDispatch(createHandlers(services)),
      rendererDir: path.join(import.meta.dirname, '../renderer'),
      port: options.port,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${options.port} is already in use. Pick another with --port N, or --port 0 for any free port.`
        : `Browser mode could not start: ${(error as Error).message}`,
    );
    process.exit(1);
  }
  console.log(`Baton is running at ${bridge.url}`);
  if (options.open) openInBrowser(bridge.url);

  const stop = () => {
    // Every save is written synchronously and atomically, so waiting for requests under way is enough.
    void bridge
      .close()
      .then(() => services.close())
      .then(() => {
        lock.value.release();
        process.exit(0);
      });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
