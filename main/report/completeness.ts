// The guarantee that the PDF leaves nothing out: every item of the report model must be in the
// laid-out pages, whole. If one is not, the export fails naming it, and no file is written.
import type { ReportItem } from '../../shared/report/reportItems';
import type { Placement } from './pdf/placement';

/** Named items that did not make it onto the pages, in the order of the report. */
export function missingItems(items: readonly ReportItem[], placement: Placement): string[] {
  const seen = new Set(placement.seen);
  const incomplete = new Set(placement.incomplete);
  const missing = items.filter((item) => !seen.has(item.key) || incomplete.has(item.key)).map((item) => item.label);
  const named = new Set(items.map((item) => item.key));
  // A keyed node outside the model's list (a heading, say) that did not fit is still a gap.
  for (const key of placement.incomplete) if (!named.has(key)) missing.push(key);
  missing.push(...placement.unplaced);
  return missing;
}

export class ReportIncompleteError extends Error {
  constructor(readonly missing: string[]) {
    const shown = missing.slice(0, 5).join('; ');
    const more = missing.length > 5 ? `; and ${missing.length - 5} more` : '';
    super(`The PDF was not written: ${missing.length === 1 ? 'one item' : `${missing.length} items`} of the report did not fit on its pages (${shown}${more}). This is a bug in Baton’s report layout; please report it with the workshop file.`);
    this.name = 'ReportIncompleteError';
  }
}

export function assertComplete(items: readonly ReportItem[], placement: Placement): void {
  const missing = missingItems(items, placement);
  if (missing.length > 0) throw new ReportIncompleteError(missing);
}
