// Changes to the action plan, as pure functions.
import type { Action, ActionSource } from './schema';
import { hasVisibleText } from '../text/plainText';

export function newAction(id: string, title: string, source: ActionSource = { kind: 'none' }): Action {
  return { id, title: title.trim().slice(0, 200), description: '', owner: '', team: 'joint', due: '', metric: '', priority: 'medium', status: 'open', source };
}

export function addAction(actions: Action[], action: Action): Action[] {
  return hasVisibleText(action.title) ? [...actions, action] : actions;
}

export function updateAction(actions: Action[], id: string, change: Partial<Omit<Action, 'id'>>): Action[] {
  if (change.title !== undefined && !hasVisibleText(change.title)) return actions;
  return actions.map((a) => (a.id === id ? { ...a, ...change } : a));
}

export function removeAction(actions: Action[], id: string): Action[] {
  return actions.filter((a) => a.id !== id);
}

export function moveAction(actions: Action[], id: string, direction: -1 | 1): Action[] {
  const index = actions.findIndex((a) => a.id === id);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= actions.length) return actions;
  const next = [...actions];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** A due date before `today` (both YYYY-MM-DD): shown as a warning, never refused. */
export const isPastDue = (action: Pick<Action, 'due' | 'status'>, today: string): boolean =>
  action.due !== '' && action.status !== 'done' && action.due < today;

const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** High priority first, then by due date (undated last), keeping plan order otherwise. */
export function byPriority(actions: readonly Action[]): Action[] {
  return actions
    .map((a, i) => ({ a, i }))
    .sort(
      (x, y) =>
        PRIORITY_ORDER[x.a.priority] - PRIORITY_ORDER[y.a.priority] ||
        (x.a.due || '9999').localeCompare(y.a.due || '9999') ||
        x.i - y.i,
    )
    .map(({ a }) => a);
}
