// The earlier workshop this one follows up (earlierWorkshopId), read once per link: loading, found,
// not linked, or missing (deleted or unreadable), with the reason.
import { useEffect, useState } from 'react';
import type { WorkshopDocument } from '../../../shared/workshop/schema';
import { useAppStore } from '../store/appStore';

export type EarlierWorkshop =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'found'; workshop: WorkshopDocument }
  | { state: 'missing'; message: string };

export function useEarlierWorkshop(): EarlierWorkshop {
  const id = useAppStore((s) => s.current?.earlierWorkshopId ?? null);
  const api = useAppStore((s) => s.api);
  const [found, setFound] = useState<{ id: string; result: EarlierWorkshop } | null>(null);

  useEffect(() => {
    if (!id) return;
    let live = true;
    void api.getWorkshop({ id }).then((result) => {
      if (!live) return;
      setFound({ id, result: result.ok ? { state: 'found', workshop: result.value } : { state: 'missing', message: result.error.message } });
    });
    return () => {
      live = false;
    };
  }, [id, api]);

  if (!id) return { state: 'none' };
  return found?.id === id ? found.result : { state: 'loading' };
}
