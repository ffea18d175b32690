// What a shell can do beyond the shared services: Electron has native save dialogs and can open
// files; browser mode has neither (the browser downloads the file instead).
export interface SaveRequest {
  defaultName: string;
  /** e.g. { name: 'PDF document', extensions: ['pdf'] } */
  filter: { name: string; extensions: string[] };
  bytes: Uint8Array;
}

export interface Platform {
  /** Asks where to save and writes the file; null when the user cancelled. */
  saveFile?(request: SaveRequest): Promise<string | null>;
  /** Asks for a folder to save several files into; null when the user cancelled. */
  chooseFolder?(title: string): Promise<string | null>;
  openPath?(path: string): Promise<string>;
  showInFolder?(path: string): void;
}

export const browserPlatform: Platform = {};
