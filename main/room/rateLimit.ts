// Counting requests per key in one-minute windows: per phone, per network address and for failed
// joins. A fixed window is enough here: the limits are far above what a person does and far
// below what guessing the join code or flooding the laptop needs.
export interface RateLimiter {
  /** Counts one request; the seconds to wait when over the limit, else 0. */
  hit(key: string): number;
  /** The seconds to wait if `key` is over the limit already, without counting a request. */
  check(key: string): number;
}

export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const wait = (w: { start: number; count: number }, t: number) => (w.count > perMinute ? Math.max(1, Math.ceil((w.start + 60_000 - t) / 1000)) : 0);
  return {
    check(key) {
      const t = now();
      const w = windows.get(key);
      return w && t - w.start < 60_000 ? wait({ ...w, count: w.count + 1 }, t) : 0;
    },
    hit(key) {
      const t = now();
      let w = windows.get(key);
      if (!w || t - w.start >= 60_000) {
        // Old windows go when a new one starts, so the map never grows past the active keys.
        if (windows.size > 10_000) for (const [k, old] of windows) if (t - old.start >= 60_000) windows.delete(k);
        w = { start: t, count: 0 };
        windows.set(key, w);
      }
      w.count++;
      return wait(w, t);
    },
  };
}
