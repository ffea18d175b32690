// Activity timers as wall-clock state: a running timer is a start time plus time already run, so it
// keeps counting while the app is switched to another activity or closed, and resumes on reopening.
import type { Activity, ActivityStatus, TimerState } from './schema';

export const MINUTE_MS = 60_000;

export function freshTimer(minutes: number): TimerState {
  return { durationMs: minutes * MINUTE_MS, elapsedMs: 0, startedAt: null };
}

export function elapsedMs(timer: TimerState, now: number): number {
  return timer.elapsedMs + (timer.startedAt ? Math.max(0, now - Date.parse(timer.startedAt)) : 0);
}

/** Negative once the timebox is over. */
export function remainingMs(timer: TimerState, now: number): number {
  return timer.durationMs - elapsedMs(timer, now);
}

/** How a clock reads: normal, amber in the last minute, red once over. */
export function timerPhase(remaining: number): 'normal' | 'last-minute' | 'over' {
  return remaining <= 0 ? 'over' : remaining <= MINUTE_MS ? 'last-minute' : 'normal';
}

export const isRunning = (timer: TimerState | undefined): boolean => Boolean(timer?.startedAt);

export function startTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt ? timer : { ...timer, startedAt: new Date(now).toISOString() };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt ? { ...timer, elapsedMs: elapsedMs(timer, now), startedAt: null } : timer;
}

export function resetTimer(minutes: number): TimerState {
  return freshTimer(minutes);
}

export function addMinute(timer: TimerState): TimerState {
  return { ...timer, durationMs: timer.durationMs + MINUTE_MS };
}

/** "12:05", "0:59", and "+1:30" once over time. */
export function formatClock(ms: number): string {
  const over = ms < 0;
  // Counting down shows whole seconds left (0.4 s left still reads 0:01); overtime counts up.
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${over ? '+' : ''}${m}:${String(s).padStart(2, '0')}`;
}

/** "1 h 30 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * The status to show: an activity whose timer runs is running even if its stored status says
 * otherwise (a workshop saved before starting the timer set the status, or an undo restored it).
 */
export function shownStatus(activity: Pick<Activity, 'status'>, timer: TimerState | undefined): ActivityStatus {
  return activity.status === 'not-started' && isRunning(timer) ? 'running' : activity.status;
}

/** Planned minutes of the day and minutes actually run so far, across all activities. */
export function dayProgress(agenda: readonly Activity[], timers: Record<string, TimerState>, now: number) {
  const plannedMinutes = agenda.reduce((sum, a) => sum + a.minutes, 0);
  const elapsedMinutes = agenda.reduce((sum, a) => sum + (timers[a.id] ? elapsedMs(timers[a.id]!, now) : 0), 0) / MINUTE_MS;
  return { plannedMinutes, elapsedMinutes, done: agenda.filter((a) => a.status === 'done').length, total: agenda.length };
}
