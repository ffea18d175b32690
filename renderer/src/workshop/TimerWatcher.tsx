// Chimes when any running activity timer reaches zero, whichever activity is on screen.
import { useEffect, useRef } from 'react';
import { isRunning, remainingMs } from '../../../shared/agenda/timer';
import { useAppStore } from '../store/appStore';
import { playChime } from './chime';
import { useNow } from './useNow';
import { useRuntime } from './useWorkshop';

export function TimerWatcher() {
  const runtime = useRuntime();
  const chime = useAppStore((s) => s.settings.chime);
  const running = Object.entries(runtime?.timers ?? {}).filter(([, t]) => isRunning(t));
  const now = useNow(running.length > 0, 500);
  const last = useRef(new Map<string, number>());

  useEffect(() => {
    for (const [id, timer] of running) {
      const remaining = remainingMs(timer, now);
      const before = last.current.get(id);
      // Only a crossing seen live chimes; a timer that ran out while the app was closed does not.
      if (chime && before !== undefined && before > 0 && remaining <= 0) playChime();
      last.current.set(id, remaining);
    }
  });
  return null;
}
