// App-wide preferences kept in `settings.json`, shared by both shells.
import { z } from 'zod';
import { patchSchemaOf } from '../patchSchema';

export const SETTINGS_SCHEMA_VERSION = 1;

export const themeSchema = z.enum(['system', 'light', 'dark', 'contrast']);
export const paperSizeSchema = z.enum(['a4', 'letter']);
export type PaperSize = z.output<typeof paperSizeSchema>;

/** Every field has a default, so a missing or older settings file still yields complete settings. */
export const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION).default(SETTINGS_SCHEMA_VERSION),
  theme: themeSchema.default('system'),
  paperSize: paperSizeSchema.default('a4'),
  /** A short chime when an activity's timer reaches zero. */
  chime: z.boolean().default(true),
});
export type Settings = z.output<typeof settingsSchema>;

const { schemaVersion: _version, ...settingsFields } = settingsSchema.shape;
/** A change to some settings; the ones it does not name keep their stored values. */
export const settingsPatchSchema = patchSchemaOf(settingsFields);
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
