// Commands the native menu sends to the renderer; the renderer's keyboard shortcuts run the same ones.
export const appCommands = [
  'new-workshop',
  'go-home',
  'templates',
  'undo',
  'redo',
  'presenter',
  'next-activity',
  'previous-activity',
  'toggle-timer',
] as const;
export type AppCommand = (typeof appCommands)[number];

export const isAppCommand = (value: unknown): value is AppCommand =>
  typeof value === 'string' && (appCommands as readonly string[]).includes(value);

/** The Electron IPC channel the main process sends commands on. */
export const commandChannel = 'baton:command';

/** The channel main uses to hand the renderer a Baton file the user opened with the app. */
export const openFileChannel = 'baton:open-file';

/** A file opened with the app: its text, or why it cannot be read (its encoding, for one). */
export type OpenedFile = { fileName: string; content: string } | { fileName: string; error: string };

export const isOpenedFile = (value: unknown): value is OpenedFile =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as OpenedFile).fileName === 'string' &&
  (typeof (value as { content?: unknown }).content === 'string' || typeof (value as { error?: unknown }).error === 'string');
