// Puts the placeholder in place of every character the font lacks, anywhere pdfmake would draw text.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { coverText } from './glyphCoverage';

type Found = Set<string>;

// Only these keys hold drawn text or nested content; others (style, image, link, font, color...)
// are names or URLs and must stay as they are.
const contentKeys = new Set(['text', 'stack', 'columns', 'ul', 'ol']);

function cover(text: string, found: Found): string {
  const result = coverText(text);
  for (const char of result.uncovered) found.add(char);
  return result.text;
}

function coverNode(node: unknown, found: Found): unknown {
  if (typeof node === 'string') return cover(node, found);
  if (Array.isArray(node)) return node.map((child) => coverNode(child, found));
  if (node === null || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (contentKeys.has(key)) copy[key] = coverNode(value, found);
    else if (key === 'table' && isRecord(value)) copy[key] = { ...value, body: coverNode(value.body, found) };
    else if (key === 'toc' && isRecord(value)) copy[key] = { ...value, title: coverNode(value.title, found) };
    // SVG markup is ASCII, so only its text can hold uncovered characters (entities are not decoded).
    else if (key === 'svg' && typeof value === 'string') copy[key] = cover(value, found);
    else copy[key] = value;
  }
  return copy;
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
 * A copy of `doc` in which no text can vanish: uncovered characters become the placeholder.
 * `replaced` is filled while pdfmake lays out dynamic headers and footers, so read it after rendering.
 */
export function coverDocument(doc: TDocumentDefinitions): { doc: TDocumentDefinitions; replaced: Found } {
  const found: Found = new Set();
  const covered: TDocumentDefinitions = { ...doc, content: coverNode(doc.content, found) as Content };
  if (doc.header !== undefined) covered.header = coverDynamic(doc.header, found);
  if (doc.footer !== undefined) covered.footer = coverDynamic(doc.footer, found);
  if (doc.background !== undefined) covered.background = coverDynamic(doc.background, found);
  if (doc.watermark !== undefined) covered.watermark = coverNode(doc.watermark, found) as TDocumentDefinitions['watermark'];
  return { doc: covered, replaced: found };
}
