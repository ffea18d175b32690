// Hardening for every window and web contents: the Electron security checklist in one place.
import type { Session, WebContents, WebPreferences } from 'electron';

export const APP_SCHEME = 'baton';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/**
 * The dev server `npm run dev` serves the renderer from, or undefined. A packaged app never takes
 * one, and only a loopback http address counts: otherwise anyone able to set ELECTRON_RENDERER_URL
 * could load their own page into Baton's window, with the preload's API, past the fuses.
 */
export function devServerUrlFrom(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const url = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** True for URLs the app itself serves: the custom protocol, or the dev server during `npm run dev`. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  try {
    const { origin, protocol, host } = new URL(url);
    if (protocol === `${APP_SCHEME}:` && host === 'app') return true;
    return devServerUrl !== undefined && origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** Links the user clicks that may open in the system browser; everything else is refused. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  // The app is a single page, so no navigation is ever legitimate (reloads do not pass here).
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

export function hardenSession(target: Session, devServerUrl?: string): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  // No remote content: only the app's own protocol (and the dev server while developing) loads.
  target.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppUrl(details.url, devServerUrl) || details.url.startsWith('devtools://') || details.url.startsWith('data:') || details.url.startsWith('blob:');
    callback({ cancel: !allowed });
  });
}
