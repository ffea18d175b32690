// Light, dark and high-contrast themes; the choice is saved in settings for both shells.
import { useId } from 'react';
import { themeSchema, type Settings } from '../../../shared/settings/schema';
import { useAppStore } from '../store/appStore';

const labels: Record<Settings['theme'], string> = {
  system: 'Match system',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast (projector)',
};

export function ThemePicker() {
  const id = useId();
  const theme = useAppStore((s) => s.settings.theme);
  const updateSettings = useAppStore((s) => s.updateSettings);
  return (
    <div className="theme-picker">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={theme} onChange={(e) => void updateSettings({ theme: themeSchema.parse(e.target.value) })}>
        {themeSchema.options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
