// The one Baton API the screens use: the preload's `window.baton` in Electron, the HTTP bridge in
// browser mode. Screens never know which.
import type { BatonApi } from '../../../shared/ipc/api';
import { createBridgeApi, takeToken } from './bridgeApi';

declare global {
  interface Window {
    baton?: BatonApi;
  }
}

export type ApiConnection = { api: BatonApi } | { error: string };

export function connectApi(): ApiConnection {
  if (window.baton) return { api: window.baton };
  const token = takeToken(window.location, window.sessionStorage, window.history);
  if (!token) {
    return {
      error:
        'This page needs the address Baton printed when it started (it ends with #token=…). Open that address, or start Baton again with npm start.',
    };
  }
  return { api: createBridgeApi(token) };
}
