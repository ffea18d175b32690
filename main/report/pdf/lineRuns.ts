// Draws the words of a line that sit side by side in one style as one piece of text. pdfmake draws
// every word on its own (a colour, opacity and font switch, a saved graphics state, a text object
// and the word shaped twice), which was about a quarter of a warm 300-note report (npm run bench).
import { RIGHT_TO_LEFT } from './bidiLines';
import { wrapRenderLine } from './rendererHook';

/** What pdfmake's renderer reads of a laid-out word. */
export interface DrawnInline {
  text: string;
  x: number;
  width: number;
  height?: number;
  font?: unknown;
  fontSize?: number;
  color?: unknown;
  opacity?: unknown;
  [other: string]: unknown;
}

// Anything that makes pdfmake draw a word differently from plain text, or add to the page beside it.
const SPECIAL = ['characterSpacing', 'fontFeatures', 'link', 'linkToPage', 'linkToDestination', 'background', 'decoration', 'sup', 'sub', '_pageNodeRef'];

function plain(inline: DrawnInline): boolean {
  for (const key of SPECIAL) if (inline[key]) return false;
  return !RIGHT_TO_LEFT.test(inline.text);
}

// Words of a left-, centre- or right-aligned line follow each other exactly (pdfmake adds each
// word's width to the next one's x); justified lines spread them, so their words stay apart.
const CONTIGUOUS = 1e-6;

const sameStyle = (a: DrawnInline, b: DrawnInline) => a.font === b.font && a.fontSize === b.fontSize && a.color === b.color && a.opacity === b.opacity;
const touching = (a: DrawnInline, b: DrawnInline) => Math.abs(a.x + a.width - b.x) < CONTIGUOUS;

/**
 * The inlines of a line with each run of plain, same-style, touching words joined into one; null
 * when nothing joins. pdfkit shapes a text word by word anyway, so a joined run is drawn with the
 * same glyphs at the same places. Right-to-left words are left alone (they were put in visual
 * order word by word, and shaping a joined run would reverse it again).
 */
export function joinedInlines(inlines: DrawnInline[]): DrawnInline[] | null {
  const joined: DrawnInline[] = [];
  for (let start = 0; start < inlines.length; ) {
    const first = inlines[start]!;
    let end = start + 1;
    if (plain(first)) {
      while (end < inlines.length && sameStyle(first, inlines[end]!) && touching(inlines[end - 1]!, inlines[end]!) && plain(inlines[end]!)) end++;
    }
    if (end - start === 1) joined.push(first);
    else {
      const last = inlines[end - 1]!;
      let text = '';
      let height = 0;
      for (let i = start; i < end; i++) {
        text += inlines[i]!.text;
        height = Math.max(height, inlines[i]!.height ?? 0);
      }
      joined.push({ ...first, text, width: last.x + last.width - first.x, height });
    }
    start = end;
  }
  return joined.length < inlines.length ? joined : null;
}

/**
 * Has pdfmake's renderer draw joined runs. The laid-out line itself is not changed, so the
 * placement check still sees every word: the renderer is handed a view of it with the joined inlines.
 */
export function drawLinesAsRuns(): void {
  wrapRenderLine<DrawnInline>('line runs', (line, draw) => {
    // A page reference rewrites the line's first word as it is drawn.
    const inlines = line.inlines.length > 1 && !line._pageNodeRef ? joinedInlines(line.inlines) : null;
    draw(inlines ? Object.assign(Object.create(line) as typeof line, { inlines }) : line);
  });
}
