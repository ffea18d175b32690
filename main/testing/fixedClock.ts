// A clock for tests: time advances one second per reading, ids count up.
import type { Clock } from '../services/workshopService';

export function fixedClock(start = '2026-11-25T09:00:00.000Z'): Clock {
  let tick = 0;
  let id = 0;
  return {
    now: () => new Date(Date.parse(start) + 1000 * tick++),
    newId: () => `test-${String(++id).padStart(8, '0')}`,
  };
}
