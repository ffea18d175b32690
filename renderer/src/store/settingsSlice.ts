// App preferences mirrored from `settings.json`.
import { defaultSettings, type Settings, type SettingsPatch } from '../../../shared/settings/schema';
import type { SliceCreator } from './storeTypes';

export interface SettingsSlice {
  settings: Settings;
  loadSettings(): Promise<void>;
  updateSettings(patch: SettingsPatch): Promise<void>;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get) => ({
  settings: defaultSettings,
  async loadSettings() {
    const result = await get().api.getSettings();
    if (result.ok) set({ settings: result.value });
  },
  async updateSettings(patch) {
    const previous = get().settings;
    set({ settings: { ...previous, ...patch } });
    const result = await get().api.updateSettings(patch);
    if (result.ok) set({ settings: result.value });
    else {
      set({ settings: previous });
      get().notify('error', result.error.message);
    }
  },
});
