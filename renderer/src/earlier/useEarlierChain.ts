// Reads the open workshop's earlier workshops through the API (one at a time: each one's link is
// known only once it is read), again whenever the link changes or the facilitator asks to retry.
import { useCallback, useEffect, useState } from 'react';
import { fail } from '../../../shared/result';
import { loadEarlierChain, type EarlierChain } from '../../../shared/workshop/earlierLink';
import { useAppStore } from '../store/appStore';

export type ChainState = { status: 'none' } | { status: 'loading'; loaded: number } | { status: 'ready'; chain: EarlierChain };

export function useEarlierChain(): { state: ChainState; retry(): void } {
  const api = useAppStore((s) => s.api);
  const problems = useAppStore((s) => s.problems);
  const id = useAppStore((s) => s.current?.id ?? null);
  const earlierId = useAppStore((s) => s.current?.earlierWorkshopId ?? null);
  const [attempt, setAttempt] = useState(0);
  // What was read, tagged with the link and attempt it was read for, so a stale answer is never shown.
  const [read, setRead] = useState<{ key: string; state: ChainState } | null>(null);
  const key = id && earlierId ? `${id} ${earlierId} ${attempt}` : null;

  useEffect(() => {
    if (!key || !id || !earlierId) return;
    let live = true;
    void loadEarlierChain(
      { id, earlierWorkshopId: earlierId },
      async (next) => {
        const read = await api.getWorkshop({ id: next });
        // A file set aside as unreadable is "not found" from then on; say why instead.
        const problem = !read.ok && read.error.code === 'not-found' ? problems.find((p) => p.id === next) : undefined;
        return problem ? fail('storage', problem.message) : read;
      },
      (loaded) => live && setRead({ key, state: { status: 'loading', loaded } }),
    ).then((chain) => live && setRead({ key, state: { status: 'ready', chain } }));
    return () => {
      live = false;
    };
  }, [api, problems, key, id, earlierId]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state: ChainState = !key ? { status: 'none' } : read?.key === key ? read.state : { status: 'loading', loaded: 0 };
  return { state, retry };
}
