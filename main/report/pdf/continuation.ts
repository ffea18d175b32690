// "Action plan (continued)": which section a page continues, for its running header. Content nodes
// may carry a `continuedAs` label (keepWithNext gives every block its heading's); placement.ts
// works the labels out from the laid-out pages before pdfmake lays out headers, and the header
// reads them here. Its own module so the page furniture can read it without loading pdfmake.
export const CONTINUED_AS = 'continuedAs';

let labels: readonly (string | null)[] = [];

/** Set by the layout hook for the document being laid out (layout is synchronous, one at a time). */
export function setContinuedLabels(next: readonly (string | null)[]): void {
  labels = next;
}

/** What page `page` (1-based) continues from the page before, e.g. "Action plan", or null. */
export function continuedLabel(page: number): string | null {
  return labels[page - 1] ?? null;
}
