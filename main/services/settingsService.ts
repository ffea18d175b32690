// Reading and changing `settings.json`; a missing file means the defaults. A broken file is moved
// to quarantine/ and the defaults used, so a bad preference never stops Baton starting; one
// written by a newer Baton is left as it is, and changes are refused rather than written over it.
import fs from 'node:fs';
import path from 'node:path';
import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../shared/settings/schema';
import { fail, ok, type BatonError, type Result } from '../../shared/result';
import { documentKinds } from '../../shared/storage/migrations';
import { createDocumentReader } from '../storage/documentReader';
import type { KeyValueStore, OpenStore } from '../storage/keyValueStore';
import { createQuarantine, type Quarantine } from '../storage/quarantine';

export type SettingsService = ReturnType<typeof createSettingsService>;

const FILE = 'settings.json';

export function createSettingsService(
  dataDir: string,
  openStore: OpenStore,
  log = console.warn,
  quarantine: Quarantine = createQuarantine(dataDir, () => new Date()),
) {
  const reader = createDocumentReader(settingsSchema, 'Settings', documentKinds.settings);
  const file = path.join(dataDir, FILE);
  // Opened on first use and after a file is set aside: opening a store reads its file.
  let store: KeyValueStore | undefined;
  const storeOf = () => (store ??= openStore({ directory: dataDir, name: 'settings' }));

  function setAside(reason: string): { settings: Settings; refusal?: BatonError } {
    store = undefined;
    try {
      log(`${reason}; moved it to ${quarantine.move(FILE)} and using the default settings.`);
      return { settings: defaultSettings };
    } catch (error) {
      // Still in place, so a change must not be written over it either.
      const message = `${reason}; it could not be moved to quarantine/ (${(error as Error).message}).`;
      log(`${message} Using the default settings.`);
      return { settings: defaultSettings, refusal: { code: 'storage', message } };
    }
  }

  /** The stored settings or the defaults; `refusal` says why the file must not be written over. */
  function read(): { settings: Settings; refusal?: BatonError } {
    if (!fs.existsSync(file)) return { settings: defaultSettings };
    let raw: unknown;
    try {
      raw = storeOf().read();
    } catch (error) {
      store = undefined;
      const message = (error as Error).message;
      if (error instanceof SyntaxError) return setAside(`${FILE} is not valid JSON: ${message}`);
      log(`${FILE} could not be read (${message}); using the default settings.`);
      return { settings: defaultSettings };
    }
    const checked = reader.fromValue(raw, FILE);
    if (checked.ok) return { settings: checked.value };
    if (checked.error.code === 'newer-version') {
      log(`${checked.error.message} Using the default settings meanwhile.`);
      return { settings: defaultSettings, refusal: checked.error };
    }
    // The store answers {} for a file that vanished since the check above: missing is not broken.
    return fs.existsSync(file) ? setAside(checked.error.message) : { settings: defaultSettings };
  }

  return {
    get: (): Result<Settings> => ok(read().settings),
    update(patch: SettingsPatch): Result<Settings> {
      const current = read();
      if (current.refusal) return fail(current.refusal.code, current.refusal.message);
      const next = settingsSchema.parse({ ...current.settings, ...patch });
      storeOf().write(next);
      return ok(next);
    },
  };
}
