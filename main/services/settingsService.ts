// Reading and changing `settings.json`; a missing file means the defaults.
import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../shared/settings/schema';
import { ok, type Result } from '../../shared/result';
import { describeIssues, issuesOf } from '../../shared/validation';
import type { OpenStore } from '../storage/keyValueStore';

export type SettingsService = ReturnType<typeof createSettingsService>;

export function createSettingsService(dataDir: string, openStore: OpenStore, log = console.warn) {
  const store = openStore({ directory: dataDir, name: 'settings' });

  function read(): Settings {
    try {
      const parsed = settingsSchema.safeParse(store.store);
      if (parsed.success) return parsed.data;
      log(`settings.json is not valid (${describeIssues(issuesOf(parsed.error))}); using defaults.`);
    } catch (error) {
      log(`settings.json could not be read (${(error as Error).message}); using defaults.`);
    }
    return defaultSettings;
  }

  return {
    get: (): Result<Settings> => ok(read()),
    update(patch: SettingsPatch): Result<Settings> {
      const next = settingsSchema.parse({ ...read(), ...patch });
      store.store = next;
      return ok(next);
    },
  };
}
