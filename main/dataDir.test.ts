import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformAppDataDir, resolveDataDir } from './dataDir';

describe('resolveDataDir', () => {
  it('uses BATON_DATA_DIR when set', () => {
    expect(resolveDataDir({ BATON_DATA_DIR: '/tmp/baton-here' }, '/ignored')).toBe(path.resolve('/tmp/baton-here'));
  });

  it("falls back to Electron's userData, else the same per-user folder Electron would use", () => {
    expect(resolveDataDir({}, '/electron/userData')).toBe('/electron/userData');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/home/x/.config' })).toBe(
      path.join(platformAppDataDir({ XDG_CONFIG_HOME: '/home/x/.config' }), 'Baton'),
    );
  });

  it('follows the platform conventions for application data', () => {
    expect(platformAppDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg');
    expect(platformAppDataDir({}, 'darwin')).toBe(path.join(os.homedir(), 'Library', 'Application Support'));
    expect(platformAppDataDir({ APPDATA: 'C:\\Users\\x\\AppData\\Roaming' }, 'win32')).toBe('C:\\Users\\x\\AppData\\Roaming');
  });
});
