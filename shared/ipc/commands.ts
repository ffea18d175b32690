// Commands the native menu sends to the renderer; the renderer's keyboard shortcuts run the same ones.
export const appCommands = [
  'new-workshop',
  'go-home',
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
