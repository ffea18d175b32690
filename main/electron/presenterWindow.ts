// The presenter on a second screen: a window of its own, full screen on the external display,
// while the facilitator's window keeps the controls and private notes. The facilitator's window
// pushes what the room may see (a presenter scene, validated here) and main forwards it; the
// presenter window only receives. It follows displays being plugged and unplugged, and closing
// either window is safe (closing the facilitator's closes the presenter too).
import type { BrowserWindow as BrowserWindowType, IpcMain, IpcMainInvokeEvent, Screen } from 'electron';
import { BrowserWindow } from 'electron';
import { presenterChannels, showSchema, turnSchema, type PresenterOpened } from '../../shared/ipc/presenter';
import type { PresenterScene } from '../../shared/presenter/scene';
import { fail, ok, type Result } from '../../shared/result';
import { presenterPlacement } from './presenterDisplay';
import { secureWebPreferences } from './security';

export interface PresenterWindowOptions {
  preloadPath: string;
  /** The app's page; the presenter loads it with `#presenter`. */
  startUrl: string;
  /** The facilitator's window, the only sender these channels accept. */
  facilitator(): BrowserWindowType | null;
  isTrusted(event: IpcMainInvokeEvent): boolean;
}

export interface PresenterWindowControl {
  /** The presenter window's web contents id, so the app's IPC refuses it (it needs no channel). */
  contentsId(): number | null;
  close(): void;
}

export function setupPresenterWindow(ipcMain: IpcMain, screen: Screen, options: PresenterWindowOptions): PresenterWindowControl {
  let window: BrowserWindowType | null = null;
  let lastScene: PresenterScene | null = null;

  /** Where the window goes for the displays and the facilitator's window as they are now. */
  function placementNow() {
    const facilitator = options.facilitator();
    const facilitatorDisplay = facilitator ? screen.getDisplayMatching(facilitator.getBounds()).id : null;
    return presenterPlacement(screen.getAllDisplays(), facilitatorDisplay);
  }

  /** Puts the window where presenterPlacement says, and answers whether that is another display. */
  function place(): boolean {
    if (!window) return false;
    const placement = placementNow();
    if (!placement) return false;
    // Leave full screen first: a full-screen window ignores new bounds on some systems.
    if (window.isFullScreen()) window.setFullScreen(false);
    window.setBounds(placement.bounds);
    if (placement.fullScreen) window.setFullScreen(true);
    return placement.external;
  }

  function create(): BrowserWindowType {
    const created = new BrowserWindow({
      width: 1280,
      height: 720,
      show: false,
      title: 'Baton — room screen',
      backgroundColor: '#f7f5f0',
      autoHideMenuBar: true,
      webPreferences: secureWebPreferences(options.preloadPath),
    });
    created.webContents.on('did-finish-load', () => {
      if (lastScene) created.webContents.send(presenterChannels.scene, lastScene);
    });
    created.once('ready-to-show', () => {
      place();
      // Keeps the keyboard on the facilitator's window.
      created.showInactive();
    });
    created.on('closed', () => {
      window = null;
      const facilitator = options.facilitator();
      if (facilitator && !facilitator.isDestroyed()) facilitator.webContents.send(presenterChannels.closed);
    });
    void created.loadURL(`${options.startUrl}#presenter`);
    return created;
  }

  const onDisplaysChanged = () => {
    place();
  };
  screen.on('display-added', onDisplaysChanged);
  screen.on('display-removed', onDisplaysChanged);

  function handle(channel: string, handler: (payload: unknown) => Result<unknown> | Promise<Result<unknown>>) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!options.isTrusted(event)) return fail('forbidden', 'Only the facilitator’s window controls the room screen.');
      return handler(payload);
    });
  }

  handle(presenterChannels.open, (): Result<PresenterOpened> => {
    if (window) {
      const external = place();
      window.showInactive();
      return ok({ external });
    }
    window = create();
    return ok({ external: placementNow()?.external ?? false });
  });
  handle(presenterChannels.close, () => {
    window?.close();
    return ok(null);
  });
  handle(presenterChannels.show, (payload) => {
    const parsed = showSchema.safeParse(payload);
    if (!parsed.success) return fail('invalid-request', 'The room screen was sent something that is not a presenter scene.');
    lastScene = parsed.data;
    window?.webContents.send(presenterChannels.scene, lastScene);
    return ok(null);
  });
  handle(presenterChannels.turn, (payload) => {
    const parsed = turnSchema.safeParse(payload);
    if (!parsed.success) return fail('invalid-request', 'A page turn is 1 or -1.');
    window?.webContents.send(presenterChannels.page, parsed.data);
    return ok(null);
  });

  return {
    contentsId: () => (window && !window.isDestroyed() ? window.webContents.id : null),
    close: () => window?.close(),
  };
}
