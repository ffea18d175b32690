// Milliseconds since `active` last became true, ticking five times a second while it stays true:
// the running time shown beside a progress bar.
import { useEffect, useState } from 'react';

export function useElapsed(active: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!active) return;
    const started = Date.now();
    const id = setInterval(() => setElapsed(Date.now() - started), 200);
    // Back to zero once it stops, so the next run does not start from the last one's time.
    return () => {
      clearInterval(id);
      setElapsed(0);
    };
  }, [active]);
  return elapsed;
}
