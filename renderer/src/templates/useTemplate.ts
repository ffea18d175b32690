// Fetches one template (built-in or the facilitator's) for previews and the editor.
import { useEffect, useState } from 'react';
import type { Template } from '../../../shared/templates/schema';
import { useAppStore } from '../store/appStore';

export type LoadedTemplate = Template & { builtIn: boolean };

export function useTemplate(id: string | null): { template: LoadedTemplate | null; error: string | null } {
  const api = useAppStore((s) => s.api);
  const [state, setState] = useState<{ id: string | null; template: LoadedTemplate | null; error: string | null }>({ id: null, template: null, error: null });
  useEffect(() => {
    if (!id) return;
    let current = true;
    void api.getTemplate({ id }).then((result) => {
      if (current) setState({ id, template: result.ok ? result.value : null, error: result.ok ? null : result.error.message });
    });
    return () => {
      current = false;
    };
  }, [api, id]);
  return state.id === id ? state : { template: null, error: null };
}
