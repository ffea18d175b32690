// How a listed workshop is named where one is chosen or shown: its title, then client and day.
import { formatDay } from '../../../shared/format/dates';
import type { WorkshopSummary } from '../../../shared/workshop/schema';

/** "Northwind · 14 Mar 2026", leaving out what is blank. */
export function workshopContext(w: Pick<WorkshopSummary, 'client' | 'date'>): string {
  return [w.client.trim(), formatDay(w.date)].filter(Boolean).join(' · ');
}
