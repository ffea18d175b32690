// An activity's timer: large enough to read from the back of the room, amber in the last minute,
// red once over; start/pause (T), reset and +1 minute. It runs on wall-clock time, so it keeps
// going while another activity is shown or the app is closed.
import type { Activity } from '../../../shared/agenda/schema';
import type { TimerAction } from '../../../shared/agenda/edits';
import { formatClock, freshTimer, isRunning, remainingMs, timerPhase } from '../../../shared/agenda/timer';
import { useAppStore } from '../store/appStore';
import { useNow } from './useNow';

export function ActivityTimer({ activity }: { activity: Activity }) {
  const stored = useAppStore((s) => s.current?.runtime.timers[activity.id]);
  const runTimer = useAppStore((s) => s.runTimer);
  const chime = useAppStore((s) => s.settings.chime);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const timer = stored ?? freshTimer(activity.minutes);
  const running = isRunning(timer);
  const now = useNow(running);
  const remaining = remainingMs(timer, now);
  const phase = timerPhase(remaining);
  const act = (action: TimerAction) => runTimer(activity.id, action);

  return (
    <div className={`timer timer--${phase}`}>
      <div className="timer__clock" role="timer" aria-label={`Time left for ${activity.title}`}>
        {formatClock(remaining)}
        {phase === 'over' && <span className="timer__over"> over time</span>}
      </div>
      <div className="timer__controls">
        <button type="button" className="button button--primary" onClick={() => act(running ? 'pause' : 'start')} aria-keyshortcuts="T">
          {running ? 'Pause' : 'Start'} <kbd>T</kbd>
        </button>
        <button type="button" className="button" onClick={() => act('add-minute')}>
          +1 minute
        </button>
        <button type="button" className="button" onClick={() => act('reset')}>
          Reset
        </button>
        <label className="checkbox timer__chime">
          <input type="checkbox" checked={chime} onChange={(e) => void updateSettings({ chime: e.target.checked })} />
          Chime at zero
        </label>
      </div>
    </div>
  );
}
