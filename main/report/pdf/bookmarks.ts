// PDF bookmarks (the outline a viewer shows beside the pages): one entry per section heading, with
// its sub-headings beneath, so a sponsor can jump straight to the action plan.
import type { Content } from 'pdfmake/interfaces';

type Heading = Content & { headlineLevel?: number; id?: string; outline?: boolean; outlineParentId?: string };

const headingLevel = (node: Content) =>
  typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Heading).headlineLevel : undefined;

export function withBookmarks(content: readonly Content[]): Content[] {
  let sections = 0;
  let parent: string | undefined;
  return content.map((node) => {
    const level = headingLevel(node);
    if (level === 1) {
      parent = `section-${++sections}`;
      return { ...(node as object), id: parent, outline: true } as unknown as Content;
    }
    if (level === 2) return { ...(node as object), outline: true, ...(parent ? { outlineParentId: parent } : {}) } as unknown as Content;
    return node;
  });
}
