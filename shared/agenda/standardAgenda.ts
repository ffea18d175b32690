// A full day's alignment workshop, every activity in a sensible order, for a new workshop to start from.
import { createActivity } from './edits';
import type { ActivityKind } from './kinds';
import type { Activity } from './schema';

const FULL_DAY: ActivityKind[] = [
  'welcome',
  'diagnostic',
  'perceptions',
  'break',
  'friction',
  'handoff',
  'break',
  'messaging',
  'action-planning',
];

export function standardAgenda(newId: () => string): Activity[] {
  return FULL_DAY.map((kind, i) => {
    const activity = createActivity(kind, newId);
    // The second break is lunch.
    return kind === 'break' && i > 3 ? { ...activity, title: 'Lunch', minutes: 45 } : activity;
  });
}
