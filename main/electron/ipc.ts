// Registers one ipcMain handler per contract channel. Each drops messages from any frame that is
// not the app's own page in one of its windows, then hands the payload to the shared dispatch.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channelNames, ipcChannelOf } from '../../shared/ipc/contract';
import { fail } from '../../shared/result';
import type { Dispatch } from '../services/dispatch';
import { isAppUrl } from './security';

export function isTrustedSender(event: IpcMainInvokeEvent, appContents: () => WebContents[], devServerUrl?: string): boolean {
  const frameUrl = event.senderFrame?.url;
  if (!frameUrl || !isAppUrl(frameUrl, devServerUrl)) return false;
  return appContents().some((contents) => contents.id === event.sender.id);
}

export function registerIpcHandlers(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  appContents: () => WebContents[],
  devServerUrl?: string,
): void {
  for (const name of channelNames) {
    ipcMain.handle(ipcChannelOf(name), (event, payload: unknown) => {
      if (!isTrustedSender(event, appContents, devServerUrl)) {
        return fail('forbidden', 'This request did not come from a Baton window and was refused.');
      }
      return dispatch(name, payload);
    });
  }
}
