// Where Baton keeps its files: BATON_DATA_DIR when set, else the same per-user folder Electron
// uses as userData for an app named "Baton", so both shells open the same workshops.
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Baton';

export function platformAppDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(home, '.config');
}

export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, userDataDir?: string): string {
  const override = env.BATON_DATA_DIR?.trim();
  if (override) return path.resolve(override);
  return userDataDir ?? path.join(platformAppDataDir(env), APP_NAME);
}
