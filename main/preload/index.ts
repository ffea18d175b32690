// The preload: exposes `window.baton`, one method per contract channel plus the menu-command
// subscription. The page never sees ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { BatonApi, ChannelMethods } from '../../shared/ipc/api';
import { commandChannel, isAppCommand, isOpenedFile, openFileChannel, type AppCommand, type OpenedFile } from '../../shared/ipc/commands';
import { channelNames, ipcChannelOf } from '../../shared/ipc/contract';
import { closedSchema, presenterChannels, showSchema, turnSchema, type PresenterWindowApi } from '../../shared/ipc/presenter';

const methods = Object.fromEntries(
  channelNames.map((name) => [name, (request?: unknown) => ipcRenderer.invoke(ipcChannelOf(name), request)]),
) as unknown as ChannelMethods;

/** Subscribes to a push from main, handing on only values that pass `schema`; returns the unsubscribe function. */
function subscribe<T>(channel: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, listener: (value: T) => void): () => void {
  const relay = (_event: unknown, value: unknown) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) listener(parsed.data);
  };
  ipcRenderer.on(channel, relay);
  return () => void ipcRenderer.removeListener(channel, relay);
}

const presenter: PresenterWindowApi = {
  open: () => ipcRenderer.invoke(presenterChannels.open),
  close: () => ipcRenderer.invoke(presenterChannels.close),
  show: (scene) => void ipcRenderer.invoke(presenterChannels.show, scene),
  turn: (delta) => void ipcRenderer.invoke(presenterChannels.turn, delta),
  onClosed: (listener) => subscribe(presenterChannels.closed, closedSchema, () => listener()),
  onScene: (listener) => subscribe(presenterChannels.scene, showSchema, listener),
  onPage: (listener) => subscribe(presenterChannels.page, turnSchema, listener),
};

const api = {
  ...methods,
  shell: 'electron',
  presenter,
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
