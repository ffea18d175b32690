// Knows what pdfmake really put on the pages. pdfmake drops, without a word, an unbreakable block
// or a `dontBreakRows` row taller than a page, an image that cannot fit, and more; so after layout
// every piece of text and every chart it was given is looked for among the laid-out page items,
// the same items its renderer then draws. Content nodes may carry a `placeKey` naming the model
// item they show, so a missing piece can be named; text outside any keyed node is checked too.
//
// This hooks pdfmake's LayoutBuilder (0.3.x), whose methods are internal: if they change, the
// hook refuses to install and rendering fails, rather than passing a report it cannot check.
import LayoutBuilderModule from 'pdfmake/js/LayoutBuilder.js';
import { quote } from '../../../shared/report/reportItems';
import { CONTINUED_AS, setContinuedLabels } from './continuation';
import { PLACE_KEY } from './placeKey';

/** What the layout placed: for keyed nodes by key, for anything else by a snippet of its text. */
export interface Placement {
  /** Keys of the nodes pdfmake laid out, placed or not. */
  seen: string[];
  /** Keys of the nodes of which some text or chart is on no page. */
  incomplete: string[];
  /** What outside any keyed node is on no page: `the text “…”` (its first words), or `a chart`. */
  unplaced: string[];
}

interface Leaf {
  keys: readonly string[];
  /** The `continuedAs` labels of the nodes it is in, outermost first. */
  labels: readonly string[];
  /** Characters of text (or 1 for a chart or image) to be placed... */
  expected: number;
  /** ...and how many were found on the pages. */
  placed: number;
  /** How to name it (`the text “…”`, `a chart`), worked out only for a leaf that is missing. */
  name: () => string;
}

interface Tracking {
  keys: string[];
  labels: string[];
  leaves: Leaf[];
  seen: Set<string>;
}

// pdfmake's own node and page shapes, as far as this file reads them.
interface LaidOutNode {
  [PLACE_KEY]?: unknown;
  [CONTINUED_AS]?: unknown;
  text?: unknown;
  _inlines?: { text: string }[];
}
interface PageItem {
  type: string;
  item: { inlines?: { text: string; x: number; width: number; [LEAF]?: Leaf }[]; [LEAF]?: Leaf; x?: number; y?: number; _height?: number };
}
interface Page {
  items: PageItem[];
  pageSize: { width: number; height: number };
  pageMargins: { bottom: number };
}
interface Builder {
  [TRACKING]?: Tracking;
  writer: { context(): { pages: Page[] } };
}
type Method = (this: Builder, ...args: unknown[]) => unknown;

const LEAF = '_batonLeaf';
const TRACKING = '_batonTracking';
const placements = new WeakMap<object, Placement>();
let installed = false;

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join('');
  if (value && typeof value === 'object' && 'text' in value) return textOf((value as { text: unknown }).text);
  return '';
}

function newLeaf(tracking: Tracking, expected: number, name: () => string): Leaf {
  const leaf = { keys: [...tracking.keys], labels: [...tracking.labels], expected, placed: 0, name };
  tracking.leaves.push(leaf);
  return leaf;
}

function summarise(tracking: Tracking, pages: Page[]): Placement {
  // A repeated table header puts the same inline on several pages: count each once.
  const counted = new Set<object>();
  for (const page of pages) {
    for (const { type, item } of page.items) {
      if (type === 'line') {
        for (const inline of item.inlines ?? []) {
          const leaf = inline[LEAF];
          if (!leaf || counted.has(inline)) continue;
          // A table wider than the page (a column widened by one long word) runs off its edge.
          if ((item.x ?? 0) + inline.x + inline.width > page.pageSize.width + 1) continue;
          counted.add(inline);
          leaf.placed += inline.text.length;
        }
      } else if (type === 'vector' && item[LEAF]) {
        // A drawing's shapes are placed together, on the page its box fits.
        item[LEAF].placed = item[LEAF].expected;
      } else if ((type === 'svg' || type === 'image') && item[LEAF]) {
        // pdfmake puts a chart taller than the page at the top of one and lets it run off the edge.
        const bottom = (item.y ?? 0) + (item._height ?? 0);
        if (bottom <= page.pageSize.height - page.pageMargins.bottom + 1) item[LEAF].placed = item[LEAF].expected;
      }
    }
  }
  const incomplete = new Set<string>();
  const unplaced: string[] = [];
  for (const leaf of tracking.leaves) {
    if (leaf.placed >= leaf.expected) continue;
    if (leaf.keys.length === 0) unplaced.push(leaf.name());
    for (const key of leaf.keys) incomplete.add(key);
  }
  return { seen: [...tracking.seen], incomplete: [...incomplete], unplaced };
}

/** Each text inline and chart on a page, in order, with its leaf. */
function* leavesOn(page: Page): Generator<{ leaf: Leaf; item: object }> {
  for (const { type, item } of page.items) {
    if (type === 'line') for (const inline of item.inlines ?? []) if (inline[LEAF]) yield { leaf: inline[LEAF], item: inline };
    if ((type === 'svg' || type === 'image' || type === 'vector') && item[LEAF]) yield { leaf: item[LEAF], item };
  }
}

/**
 * For each page, the innermost label of the content at its top that began on an earlier page:
 * what the page continues. A page that starts a new section continues nothing. A table's header
 * repeated at the top of a page is not its content, so the first text not already shown counts.
 */
function continuations(pages: Page[]): (string | null)[] {
  const firstPage = new Map<string, number>();
  const shown = new Set<object>();
  return pages.map((page, index) => {
    const items = [...leavesOn(page)];
    const top = items.find(({ item }) => !shown.has(item));
    const label = top ? ([...top.leaf.labels].reverse().find((l) => (firstPage.get(l) ?? index) < index) ?? null) : null;
    for (const { leaf, item } of items) {
      shown.add(item);
      for (const l of leaf.labels) if (!firstPage.has(l)) firstPage.set(l, index);
    }
    return label;
  });
}

function wrap(proto: Record<string, unknown>, name: string, around: (original: Method) => Method) {
  const original = proto[name];
  if (typeof original !== 'function') throw new Error(`pdfmake's layout has changed (no LayoutBuilder.${name}); Baton cannot check what it places.`);
  proto[name] = around(original as Method);
}

/** Hooks pdfmake's layout once per process; then `placementOf` answers for every document. */
export function trackPlacement(): void {
  if (installed) return;
  const LayoutBuilder = ((LayoutBuilderModule as { default?: unknown }).default ?? LayoutBuilderModule) as { prototype: Record<string, unknown> };
  const proto = LayoutBuilder.prototype;

  wrap(proto, 'tryLayoutDocument', (original) =>
    function (this: Builder, ...args) {
      const tracking: Tracking = { keys: [], labels: [], leaves: [], seen: new Set() };
      this[TRACKING] = tracking;
      const result = original.apply(this, args) as { pages: Page[] };
      const pdfDocument = args[1];
      if (pdfDocument && typeof pdfDocument === 'object') placements.set(pdfDocument, summarise(tracking, result.pages));
      return result;
    },
  );
  wrap(proto, 'processNode', (original) =>
    function (this: Builder, ...args) {
      const node = args[0] as LaidOutNode;
      const key = node[PLACE_KEY];
      const label = node[CONTINUED_AS];
      const tracking = this[TRACKING];
      if ((typeof key !== 'string' && typeof label !== 'string') || !tracking) return original.apply(this, args);
      if (typeof key === 'string') {
        tracking.seen.add(key);
        tracking.keys.push(key);
      }
      if (typeof label === 'string') tracking.labels.push(label);
      try {
        return original.apply(this, args);
      } finally {
        if (typeof key === 'string') tracking.keys.pop();
        if (typeof label === 'string') tracking.labels.pop();
      }
    },
  );
  // Headers are laid out after the content, so by then each page's continuation is known.
  wrap(proto, 'addHeadersAndFooters', (original) =>
    function (this: Builder, ...args) {
      setContinuedLabels(this[TRACKING] ? continuations(this.writer.context().pages) : []);
      try {
        return original.apply(this, args);
      } finally {
        setContinuedLabels([]);
      }
    },
  );
  wrap(proto, 'processLeaf', (original) =>
    function (this: Builder, ...args) {
      const node = args[0] as LaidOutNode;
      const tracking = this[TRACKING];
      const inlines = node._inlines ?? [];
      if (tracking && inlines.length > 0) {
        const leaf = newLeaf(tracking, inlines.reduce((sum, inline) => sum + inline.text.length, 0), () => `the text ${quote(textOf(node.text))}`);
        // Enumerable, so the copies pdfmake makes of an inline it splits across lines keep it.
        for (const inline of inlines) (inline as Record<string, unknown>)[LEAF] = leaf;
      }
      return original.apply(this, args);
    },
  );
  for (const name of ['processSVG', 'processImage']) {
    wrap(proto, name, (original) =>
      function (this: Builder, ...args) {
        const tracking = this[TRACKING];
        if (tracking) (args[0] as Record<string, unknown>)[LEAF] = newLeaf(tracking, 1, () => (name === 'processSVG' ? 'a chart' : 'an image'));
        return original.apply(this, args);
      },
    );
  }
  // A drawing (a status marker) is laid out as its shapes, each a page item of its own.
  wrap(proto, 'processCanvas', (original) =>
    function (this: Builder, ...args) {
      const tracking = this[TRACKING];
      const canvas = (args[0] as { canvas?: Record<string, unknown>[] }).canvas ?? [];
      if (tracking && canvas.length > 0) {
        const leaf = newLeaf(tracking, 1, () => 'a drawing');
        for (const vector of canvas) vector[LEAF] = leaf;
      }
      return original.apply(this, args);
    },
  );
  installed = true;
}

/** What the layout of this pdfmake document placed (the document is what `getStream()` gives). */
export function placementOf(pdfDocument: object): Placement {
  const placement = placements.get(pdfDocument);
  if (!placement) throw new Error('The PDF layout was not tracked (trackPlacement() must run before rendering).');
  return placement;
}
