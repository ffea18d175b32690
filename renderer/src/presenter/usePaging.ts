// Which page of the current activity a presenter shows (an area of a full board, the handoff
// table…); back to the first whenever the activity changes.
import { useCallback, useRef, useState } from 'react';
import type { Turn } from '../../../shared/ipc/presenter';

export function usePaging(activityId: string | null) {
  const [state, setState] = useState({ activityId, page: 0 });
  const [count, setCount] = useState(1);
  const countRef = useRef(count);
  const onPageCount = useCallback((n: number) => {
    countRef.current = n;
    setCount(n);
  }, []);
  const page = state.activityId === activityId ? Math.min(state.page, count - 1) : 0;
  const turn = useCallback(
    (delta: Turn) =>
      setState((s) => {
        const from = s.activityId === activityId ? Math.min(s.page, countRef.current - 1) : 0;
        return { activityId, page: Math.max(0, Math.min(countRef.current - 1, from + delta)) };
      }),
    [activityId],
  );
  return { page, turn, onPageCount };
}

/** The keys a presenter pages with. */
export function turnForKey(key: string): Turn | null {
  if (key === 'ArrowRight' || key === 'PageDown') return 1;
  if (key === 'ArrowLeft' || key === 'PageUp') return -1;
  return null;
}
