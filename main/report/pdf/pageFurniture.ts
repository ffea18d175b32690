// What every page of a Baton PDF has besides its content: paper size, margins, running header, page numbers.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PaperSize } from '../../../shared/settings/schema';

const side = 50;
const top = 64;
const bottom = 56;
const pageWidth = { a4: 595.28, letter: 612 };
// pdfmake lists header and footer among a page's nodes; this style name (which needs no definition)
// tells them apart from the content.
const FURNITURE = 'pageFurniture';
const furnitureStyle = { style: FURNITURE, fontSize: 8.5, color: '#555555' };

/** The width of the text column, for scaling charts to it. */
export function contentWidth(paperSize: PaperSize): number {
  return pageWidth[paperSize] - 2 * side;
}

export function pageFurniture({ title, paperSize }: { title: string; paperSize: PaperSize }) {
  return {
    pageSize: paperSize === 'a4' ? 'A4' : 'LETTER',
    pageMargins: [side, top, side, bottom],
    // The cover page carries the title itself.
    header: (currentPage: number) =>
      currentPage === 1 ? null : { text: title, ...furnitureStyle, margin: [side, 30, side, 0] },
    footer: (currentPage: number, pageCount: number) => ({
      text: `page ${currentPage} of ${pageCount}`,
      ...furnitureStyle,
      alignment: 'right',
      margin: [side, 20, side, 0],
    }),
  } satisfies Partial<TDocumentDefinitions>;
}

const pageHeight = { a4: 841.89, letter: 792 };

/** The text area of a landscape page (the wall plan), for fitting a chart to it. */
export function landscapeContentBox(paperSize: PaperSize): { width: number; height: number } {
  return { width: pageHeight[paperSize] - 2 * side, height: pageWidth[paperSize] - top - bottom };
}
