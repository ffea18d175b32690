// The theme in effect: the chosen one, or for "system" the operating system's light or dark, kept
// on <html data-theme> for the stylesheets and returned for charts drawn in code.
import { useEffect, useSyncExternalStore } from 'react';
import type { Settings } from '../../../shared/settings/schema';
import { useAppStore } from '../store/appStore';

export type AppliedTheme = Exclude<Settings['theme'], 'system'>;

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function subscribe(onChange: () => void) {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useResolvedTheme(): AppliedTheme {
  const chosen = useAppStore((s) => s.settings.theme);
  const systemDark = useSyncExternalStore(subscribe, () => darkQuery().matches);
  return chosen === 'system' ? (systemDark ? 'dark' : 'light') : chosen;
}

export function useAppliedTheme(): void {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
