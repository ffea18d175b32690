// Puts the chosen theme on <html data-theme>, resolving "system" to light or dark and following
// the operating system when it switches.
import { useEffect } from 'react';
import type { Settings } from '../../../shared/settings/schema';

export function useAppliedTheme(theme: Settings['theme']): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme !== 'system') {
      root.dataset.theme = theme;
      return;
    }
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => (root.dataset.theme = query.matches ? 'dark' : 'light');
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}
