// Orphan control in one layout pass: a heading (any node with a headlineLevel) keeps with the
// first lines of what follows it, never with the whole block; a block taller than a page that had
// to stay whole with its heading would be dropped by pdfmake. The heading goes into an unbreakable
// stack with a spacer as tall as the first lines of a paragraph or of a table (header and first
// row); the block after it then starts that much higher, right under the heading, so the heading
// only stays on a page that has room for them. A block that cannot break anyway (a chart, content
// already kept together) is joined to the heading whole: it is never taller than a page.
// pdfmake's pageBreakBefore hook could do this too, but lays the whole document out again for
// every heading it moves.
import type { Content } from 'pdfmake/interfaces';
import { CONTINUED_AS } from './continuation';

/** Points: a table's header and its first line, or the first two lines of a paragraph. */
const KEEP_ROOM = 40;

type Node = Record<string, unknown>;
const isNode = (node: Content): node is Content & Node => typeof node === 'object' && node !== null && !Array.isArray(node);
const isHeading = (node: Content): boolean => isNode(node) && 'headlineLevel' in node;
const isWhole = (node: Content): boolean => isNode(node) && (node.unbreakable === true || 'svg' in node || 'image' in node);

function join(heading: Content, next: Content, label: string): Content[] {
  // The block is what a page continues when it breaks ("Action plan (continued)").
  if (isWhole(next)) return [{ stack: [heading, next], unbreakable: true }];
  return [
    { stack: [heading, { text: '', margin: [0, KEEP_ROOM, 0, 0] }], unbreakable: true },
    { stack: [next], margin: [0, -KEEP_ROOM, 0, 0], [CONTINUED_AS]: label } as Content,
  ];
}

const textOf = (node: Content): string => (isNode(node) && typeof node.text === 'string' ? node.text : '');

/** Each heading's label for continued pages: a section's own, a sub-section's under its section's. */
function headingLabels(content: readonly Content[]): Map<number, string> {
  const labels = new Map<number, string>();
  let section = '';
  content.forEach((node, i) => {
    if (!isHeading(node)) return;
    const level = (node as unknown as Node).headlineLevel;
    if (level === 1) section = textOf(node);
    labels.set(i, level === 1 || !section ? textOf(node) : `${section}: ${textOf(node)}`);
  });
  return labels;
}

export function keepHeadingsWithNext(content: readonly Content[]): Content[] {
  const labels = headingLabels(content);
  const result: Content[] = [];
  // From the end, so a heading followed by a heading joins the already joined pair.
  for (let i = content.length - 1; i >= 0; i--) {
    const node = content[i]!;
    if (isHeading(node) && result.length > 0) result.unshift(...join(node, result.shift()!, labels.get(i) ?? ''));
    else result.unshift(node);
  }
  return result;
}

/**
 * The same content with nothing kept together: what the export falls back to when keeping a
 * block whole lost something, so that a sponsor still gets every item, if less neatly paged.
 */
export function breakEverywhere(content: unknown): Content[] {
  return strip(content) as Content[];
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const copy: Node = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'unbreakable' || key === 'dontBreakRows' || key === 'keepWithHeaderRows') continue;
    // SVG markup and other strings need no walk.
    copy[key] = typeof child === 'object' ? strip(child) : child;
  }
  return copy;
}
