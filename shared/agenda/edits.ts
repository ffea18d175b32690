// Changes to the agenda and to its runtime (current activity, timers), as pure functions.
import { newBoard, removeArea } from '../board/edits';
import type { Board } from '../board/schema';
import { newStage, type HandoffMap } from './handoff';
import { KIND_DEFAULTS, type ActivityKind } from './kinds';
import type { Activity, ActivityStatus, Runtime } from './schema';
import { addMinute, freshTimer, pauseTimer, resetTimer, startTimer } from './timer';
import { hasVisibleText } from '../text/plainText';

/** A new activity of a kind, with that kind's defaults and a board of its areas. */
export function createActivity(kind: ActivityKind, newId: () => string): Activity {
  const defaults = KIND_DEFAULTS[kind];
  const areas = defaults.areas?.map((a) => ({ id: newId(), hint: '', ...a })) ?? null;
  const board = areas ? newBoard(areas) : null;
  const handoff: HandoffMap | null =
    kind === 'handoff' && areas
      ? {
          // Stages and board areas share ids, so notes stay with their stage.
          stages: areas.map((a) => newStage(a.id, a.title)),
          mqlDefinition: '',
          sqlDefinition: '',
          followUpHours: null,
          followUpNotes: '',
          returnedLeads: '',
        }
      : null;
  return {
    id: newId(),
    kind,
    title: defaults.title,
    prompt: defaults.prompt,
    minutes: defaults.minutes,
    notes: defaults.notes,
    status: 'not-started',
    board,
    handoff,
    review: null,
  };
}

export function insertActivity(agenda: Activity[], activity: Activity, afterId?: string | null): Activity[] {
  const index = afterId ? agenda.findIndex((a) => a.id === afterId) : -1;
  return index < 0 ? [...agenda, activity] : [...agenda.slice(0, index + 1), activity, ...agenda.slice(index + 1)];
}

export function removeActivity(agenda: Activity[], id: string): Activity[] {
  return agenda.filter((a) => a.id !== id);
}

export function moveActivity(agenda: Activity[], id: string, toIndex: number): Activity[] {
  const from = agenda.findIndex((a) => a.id === id);
  if (from < 0) return agenda;
  const target = Math.max(0, Math.min(agenda.length - 1, toIndex));
  if (target === from) return agenda;
  const next = agenda.filter((a) => a.id !== id);
  next.splice(target, 0, agenda[from]!);
  return next;
}

export function updateActivity(
  agenda: Activity[],
  id: string,
  change: Partial<Pick<Activity, 'title' | 'prompt' | 'minutes' | 'notes' | 'status'>>,
): Activity[] {
  return agenda.map((a) => (a.id === id ? { ...a, ...change } : a));
}

export function setStatus(agenda: Activity[], id: string, status: ActivityStatus): Activity[] {
  return updateActivity(agenda, id, { status });
}

export function updateBoard(agenda: Activity[], id: string, change: (board: Board) => Board): Activity[] {
  return agenda.map((a) => (a.id === id && a.board ? { ...a, board: change(a.board) } : a));
}

export function updateHandoff(agenda: Activity[], id: string, change: (map: HandoffMap) => HandoffMap): Activity[] {
  return agenda.map((a) => (a.id === id && a.handoff ? { ...a, handoff: change(a.handoff) } : a));
}

/** The handoff map's stages and its board's areas stay one list: adding a stage adds an area. */
export function addStage(activity: Activity, stage: { id: string; name: string }): Activity {
  if (!activity.handoff || !activity.board || !hasVisibleText(stage.name)) return activity;
  return {
    ...activity,
    handoff: { ...activity.handoff, stages: [...activity.handoff.stages, newStage(stage.id, stage.name)] },
    board: { ...activity.board, areas: [...activity.board.areas, { id: stage.id, title: stage.name, hint: '' }] },
  };
}

export function renameStage(activity: Activity, id: string, name: string): Activity {
  if (!activity.handoff || !activity.board || !hasVisibleText(name)) return activity;
  return {
    ...activity,
    handoff: { ...activity.handoff, stages: activity.handoff.stages.map((s) => (s.id === id ? { ...s, name } : s)) },
    board: { ...activity.board, areas: activity.board.areas.map((a) => (a.id === id ? { ...a, title: name } : a)) },
  };
}

/** Removing a stage removes its area; its notes move to the first area left. The last stage stays. */
export function removeStage(activity: Activity, id: string): Activity {
  if (!activity.handoff || !activity.board || activity.handoff.stages.length <= 1) return activity;
  return {
    ...activity,
    handoff: { ...activity.handoff, stages: activity.handoff.stages.filter((s) => s.id !== id) },
    board: removeArea(activity.board, id),
  };
}

export function selectActivity(runtime: Runtime, id: string | null): Runtime {
  return { ...runtime, currentActivityId: id };
}

export type TimerAction = 'start' | 'pause' | 'reset' | 'add-minute';

export function timerAction(runtime: Runtime, activity: Activity, action: TimerAction, now: number): Runtime {
  const current = runtime.timers[activity.id] ?? freshTimer(activity.minutes);
  const next =
    action === 'start'
      ? startTimer(current, now)
      : action === 'pause'
        ? pauseTimer(current, now)
        : action === 'reset'
          ? resetTimer(activity.minutes)
          : addMinute(current);
  return { ...runtime, timers: { ...runtime.timers, [activity.id]: next } };
}

/**
 * A timer action on the whole agenda: starting the timer of an activity that has not started
 * marks it running, so the timer and the status never disagree ("Not started" with a clock
 * counting down). Pausing or resetting leaves the status as the facilitator set it.
 */
export function runTimer(
  agenda: Activity[],
  runtime: Runtime,
  activityId: string,
  action: TimerAction,
  now: number,
): { agenda: Activity[]; runtime: Runtime } {
  const activity = agenda.find((a) => a.id === activityId);
  if (!activity) return { agenda, runtime };
  return {
    agenda: action === 'start' && activity.status === 'not-started' ? setStatus(agenda, activityId, 'running') : agenda,
    runtime: timerAction(runtime, activity, action, now),
  };
}
