// The clock on the room screen: counts down from the pushed timer state on this window's own
// clock, amber in the last minute and red once over. Sized to its box so it never overflows.
import type { SceneActivity } from '../../../shared/presenter/scene';
import { formatClock, isRunning, remainingMs, timerPhase } from '../../../shared/agenda/timer';
import { useNow } from '../workshop/useNow';

/** This window's clock and the time left on the pushed timer, ticking while it runs (a break's "back at" moves while paused too). */
export function useClock(timer: SceneActivity['timer'], alwaysTick = false): { now: number; remaining: number } {
  const now = useNow(alwaysTick || isRunning(timer));
  return { now, remaining: remainingMs(timer, now) };
}

export function PresenterClock({ activity, large = false }: { activity: SceneActivity; large?: boolean }) {
  const { remaining } = useClock(activity.timer);
  const phase = timerPhase(remaining);
  return (
    <div className={`pclock pclock--${phase}${large ? ' pclock--large' : ''}`} role="timer" aria-label={`Time left for ${activity.title}`}>
      <span className="pclock__time">{formatClock(remaining)}</span>
      {phase === 'over' && <span className="pclock__over">over time</span>}
    </div>
  );
}
