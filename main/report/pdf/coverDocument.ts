// A pass over a finished pdfmake document: each text is split into runs by font (Noto Sans, or an
// installed font for scripts it lacks), and a character no font draws becomes the placeholder.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { escapeXml, unescapeXml } from '../../../shared/charts/svg';
import { labelWordsInVisualOrder } from './bidiLines';
import { coverTextInNoto, notoCovers, textRuns } from './glyphCoverage';

type Found = Set<string>;
type Inline = string | { text: string; font: string };

// Only these keys hold drawn text or nested content; others (style, image, link, font, color...)
// are names or URLs and must stay as they are.
const contentKeys = new Set(['stack', 'columns', 'ul', 'ol']);

/** The runs of one string, as inline pieces: plain strings are Noto Sans. */
function inlines(text: string, found: Found): Inline[] {
  const { runs, uncovered } = textRuns(text);
  for (const char of uncovered) found.add(char);
  return runs.map((run) => (run.font ? { text: run.text, font: run.font } : run.text));
}

/** A string where one font does, else an array of inline runs (pdfmake lays them out as one line). */
function coverString(text: string, found: Found): string | Inline[] {
  if (notoCovers(text)) return text;
  const pieces = inlines(text, found);
  return pieces.length === 1 && typeof pieces[0] === 'string' ? pieces[0] : pieces;
}

/** The value of a `text` key: a string, or an array of strings and inline nodes. */
function coverTextValue(value: unknown, found: Found): unknown {
  if (typeof value === 'string') return coverString(value, found);
  if (!Array.isArray(value)) return coverNode(value, found);
  return value.flatMap((child) => (typeof child !== 'string' ? [coverNode(child, found)] : notoCovers(child) ? [child] : inlines(child, found)));
}

function coverNode(node: unknown, found: Found): unknown {
  if (typeof node === 'string') {
    const covered = coverString(node, found);
    return typeof covered === 'string' ? covered : { text: covered };
  }
  if (Array.isArray(node)) return node.map((child) => coverNode(child, found));
  if (node === null || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'text') copy[key] = coverTextValue(value, found);
    else if (contentKeys.has(key)) copy[key] = coverNode(value, found);
    else if (key === 'table' && isRecord(value)) copy[key] = { ...value, body: coverNode(value.body, found) };
    else if (key === 'toc' && isRecord(value)) copy[key] = { ...value, title: coverNode(value.title, found) };
    else if (key === 'svg' && typeof value === 'string') copy[key] = coverSvg(value, found);
    else copy[key] = value;
  }
  return copy;
}

// The charts (shared/charts/svg.ts) write each label as one <text> element holding escaped text only.
const SVG_TEXT = /(<text\b[^>]*>)([^<]*)(<\/text>)/g;

/**
 * A chart's labels in runs by font, as <tspan font-family> (svg-to-pdfkit finds the family among
 * pdfmake's fonts): an owner's name in Chinese on the wall plan prints like the same name in a table.
 * svg-to-pdfkit positions glyphs itself and still drops some combining marks (Thai vowels above,
 * Devanagari conjuncts) that text outside charts keeps.
 */
function coverSvg(svg: string, found: Found): string {
  if (notoCovers(svg)) return svg;
  return svg.replace(SVG_TEXT, (whole, open: string, body: string, close: string) => {
    const text = unescapeXml(body);
    if (notoCovers(text)) return whole;
    // Right-to-left words are placed by hand, one run each, so a space between them is never lost.
    const words = labelWordsInVisualOrder(text).map((word) =>
      inlines(word, found)
        .map((run) => (typeof run === 'string' ? escapeXml(run) : `<tspan font-family="${escapeXml(run.font)}">${escapeXml(run.text)}</tspan>`))
        .join(''),
    );
    return open + words.join(' ') + close;
  });
}

function coverNoto(text: string, found: Found): string {
  const covered = coverTextInNoto(text);
  for (const char of covered.uncovered) found.add(char);
  return covered.text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

/** Dynamic headers and footers make their content during layout, so theirs is covered then. */
function coverDynamic<T>(part: T, found: Found): T {
  if (typeof part !== 'function') return coverNode(part, found) as T;
  return ((...args: unknown[]) => coverNode(part(...args), found)) as T;
}

/**
 * A copy of `doc` in which every text is drawn in a font that has it, and none can vanish:
 * characters no font draws become the placeholder. `replaced` is filled while pdfmake lays out
 * dynamic headers and footers, so read it after rendering.
 */
export function coverDocument(doc: TDocumentDefinitions): { doc: TDocumentDefinitions; replaced: Found } {
  const found: Found = new Set();
  const covered: TDocumentDefinitions = { ...doc, content: coverNode(doc.content, found) as Content };
  if (doc.header !== undefined) covered.header = coverDynamic(doc.header, found);
  if (doc.footer !== undefined) covered.footer = coverDynamic(doc.footer, found);
  if (doc.background !== undefined) covered.background = coverDynamic(doc.background, found);
  // pdfmake draws a watermark as one string in one font.
  if (typeof doc.watermark === 'string') covered.watermark = coverNoto(doc.watermark, found);
  else if (doc.watermark !== undefined) covered.watermark = { ...doc.watermark, text: coverNoto(doc.watermark.text, found) };
  return { doc: covered, replaced: found };
}
