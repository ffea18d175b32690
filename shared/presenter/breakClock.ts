// A break on the room screen: the countdown and the time of day to be back by.
import type { TimerState } from '../agenda/schema';
import { remainingMs } from '../agenda/timer';

/**
 * When the break ends, as a wall-clock time: now plus what is left. A paused or unstarted timer
 * moves the time along with the clock, which is what the room should read ("back at 10:45").
 */
export function backAtMs(timer: TimerState, now: number): number {
  return now + Math.max(0, remainingMs(timer, now));
}

/** "10:45" in the presenter's own locale and zone; minutes rounded up so nobody comes back late. */
export function formatBackAt(ms: number, locale?: string, timeZone?: string): string {
  const rounded = Math.ceil(ms / 60_000) * 60_000;
  return new Date(rounded).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', timeZone });
}
