// Reads the open workshop's earlier workshops through the API (one at a time: each one's link is
// known only once it is read), again whenever the link changes or the facilitator asks to retry.
import { useCallback, useEffect, useState } from 'react';
import { loadEarlierChain, type EarlierChain } from '../../../shared/workshop/earlierLink';
import { useAppStore } from '../store/appStore';

export type ChainState = { status: 'none' } | { status: 'loading'; loaded: number } | { status: 'ready'; chain: EarlierChain };

export function useEarlierChain(): { state: ChainState; retry(): void } {
  const api = useAppStore((s) => s.api);
  const id = useAppStore((s) => s.current?.id ?? null);
  const earlierId = useAppStore((s) => s.current?.earlierWorkshopId ?? null);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ChainState>({ status: 'none' });

  useEffect(() => {
    if (!id || !earlierId) {
      setState({ status: 'none' });
      return;
    }
    let live = true;
    setState({ status: 'loading', loaded: 0 });
    void loadEarlierChain(
      { id, earlierWorkshopId: earlierId },
      (next) => api.getWorkshop({ id: next }),
      (loaded) => live && setState({ status: 'loading', loaded }),
    ).then((chain) => live && setState({ status: 'ready', chain }));
    return () => {
      live = false;
    };
  }, [api, id, earlierId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
