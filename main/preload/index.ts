// The preload: exposes `window.baton`, one method per contract channel plus the menu-command
// subscription. The page never sees ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { BatonApi, ChannelMethods } from '../../shared/ipc/api';
import { commandChannel, isAppCommand, isOpenedFile, openFileChannel, type AppCommand, type OpenedFile } from '../../shared/ipc/commands';
import { channelNames, ipcChannelOf } from '../../shared/ipc/contract';

const methods = Object.fromEntries(
  channelNames.map((name) => [name, (request?: unknown) => ipcRenderer.invoke(ipcChannelOf(name), request)]),
) as unknown as ChannelMethods;

const api = {
  ...methods,
  shell: 'electron',
  onCommand(listener: (command: AppCommand) => void) {
    const relay = (_event: unknown, command: unknown) => {
      if (isAppCommand(command)) listener(command);
    };
    ipcRenderer.on(commandChannel, relay);
    return () => void ipcRenderer.removeListener(commandChannel, relay);
  },
  onOpenFile(listener: (file: OpenedFile) => void) {
    const relay = (_event: unknown, file: unknown) => {
      if (isOpenedFile(file)) listener('content' in file ? { fileName: file.fileName, content: file.content } : { fileName: file.fileName, error: file.error });
    };
    ipcRenderer.on(openFileChannel, relay);
    return () => void ipcRenderer.removeListener(openFileChannel, relay);
  },
} satisfies BatonApi;

contextBridge.exposeInMainWorld('baton', api);
