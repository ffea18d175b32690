// Home-screen listing order and the summary of a workshop.
import { TITLE_MAX, type WorkshopDocument, type WorkshopSummary } from './schema';

export function summarizeWorkshop(doc: WorkshopDocument): WorkshopSummary {
  const { id, title, client, date, facilitator, updatedAt, earlierWorkshopId } = doc;
  return { id, title, client, date, facilitator, updatedAt, earlierWorkshopId };
}

/** Most recently changed first; ties broken by title so the order is stable. */
export function sortByLastChange(summaries: WorkshopSummary[]): WorkshopSummary[] {
  return [...summaries].sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title),
  );
}

/** `name`, or `name` plus the first free suffix (n = 1, 2, …), within `max` characters. */
export function uniqueName(name: string, taken: Iterable<string>, suffix: (n: number) => string, max = TITLE_MAX): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const end = suffix(n);
    const candidate = name.slice(0, max - end.length) + end;
    if (!used.has(candidate)) return candidate;
  }
}

/** An imported workshop keeps its title unless one here has it; then it gets " (imported)". */
export function importedTitle(title: string, existingTitles: Iterable<string>, max = TITLE_MAX): string {
  const suffix = ' (imported)';
  return new Set(existingTitles).has(title) ? `${title.slice(0, max - suffix.length)}${suffix}` : title;
}

/** "Acme kickoff (copy)", then "(copy 2)", … never clashing with an existing title. */
export function copyTitle(title: string, existingTitles: Iterable<string>, max = TITLE_MAX): string {
  const base = title.replace(/ \(copy(?: \d+)?\)$/, '');
  return uniqueName(base, existingTitles, (n) => (n === 1 ? ' (copy)' : ` (copy ${n})`), max);
}
