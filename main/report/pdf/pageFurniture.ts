// What every page of a Baton PDF has besides its content: paper size, margins, running header, page numbers.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PaperSize } from '../../../shared/settings/schema';
import { shortened } from '../../../shared/report/reportItems';
import { continuedLabel } from './continuation';

const side = 50;
const top = 64;
const bottom = 56;
const pageWidth = { a4: 595.28, letter: 612 };
const pageHeight = { a4: 841.89, letter: 792 };
// pdfmake lists header and footer among a page's nodes; this style name (which needs no definition)
// tells them apart from the content.
const FURNITURE = 'pageFurniture';
const furnitureStyle = { style: FURNITURE, fontSize: 8.5, color: '#555555' };

/** The width of the text column, for scaling charts to it. */
export function contentWidth(paperSize: PaperSize): number {
  return pageWidth[paperSize] - 2 * side;
}

/** The height of the text column, for keeping charts within a page. */
export function contentHeight(paperSize: PaperSize): number {
  return pageHeight[paperSize] - top - bottom;
}

/** The running header's lines stay single: a long title is shortened there (the cover has it whole). */
const RUNNING_LINE_MAX = 90;

export function pageFurniture({ title, paperSize }: { title: string; paperSize: PaperSize }) {
  return {
    pageSize: paperSize === 'a4' ? 'A4' : 'LETTER',
    pageMargins: [side, top, side, bottom],
    // The cover page carries the title itself; a page that continues a section says which.
    header: (currentPage: number) => {
      if (currentPage === 1) return null;
      const continued = continuedLabel(currentPage);
      return {
        stack: [{ text: shortened(title, RUNNING_LINE_MAX) }, ...(continued ? [{ text: `${shortened(continued, RUNNING_LINE_MAX - 12)} (continued)`, bold: true }] : [])],
        ...furnitureStyle,
        margin: [side, continued ? 24 : 30, side, 0],
      };
    },
    footer: (currentPage: number, pageCount: number) => ({
      text: `page ${currentPage} of ${pageCount}`,
      ...furnitureStyle,
      alignment: 'right',
      margin: [side, 20, side, 0],
    }),
  } satisfies Partial<TDocumentDefinitions>;
}

/** The text area of a landscape page (the wall plan), for fitting a chart to it. */
export function landscapeContentBox(paperSize: PaperSize): { width: number; height: number } {
  return { width: pageHeight[paperSize] - 2 * side, height: pageWidth[paperSize] - top - bottom };
}
