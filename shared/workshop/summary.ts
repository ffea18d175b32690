// Home-screen listing order and the summary of a workshop.
import { TITLE_MAX, type WorkshopDocument, type WorkshopSummary } from './schema';

export function summarizeWorkshop(doc: WorkshopDocument): WorkshopSummary {
  const { id, title, client, date, facilitator, updatedAt } = doc;
  return { id, title, client, date, facilitator, updatedAt };
}

/** Most recently changed first; ties broken by title so the order is stable. */
export function sortByLastChange(summaries: WorkshopSummary[]): WorkshopSummary[] {
  return [...summaries].sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title),
  );
}

/** "Acme kickoff (copy)", then "(copy 2)", … never clashing with an existing title. */
export function copyTitle(title: string, existingTitles: Iterable<string>): string {
  const taken = new Set(existingTitles);
  const base = title.replace(/ \(copy(?: \d+)?\)$/, '');
  for (let n = 1; ; n++) {
    const suffix = ` (copy${n === 1 ? '' : ` ${n}`})`;
    const candidate = base.slice(0, TITLE_MAX - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
