// Chart labels in an installed font that lives in a collection (.ttc, as CJK fonts on Linux do).
// pdfmake names such a face [file, postscript name], and its SVG renderer hands that pair to
// pdfkit's font() as one argument, which pdfkit cannot open: the label then silently falls back
// to Noto Sans and prints placeholders. pdfkit's own font(file, name) opens it.
import { requireFromPdfmake } from './pdfmakeRequire';

type FontMethod = (this: unknown, src: unknown, family?: unknown, size?: unknown) => unknown;
interface DocumentClass {
  prototype: { font: FontMethod };
}

let installed = false;

/** Lets the SVG renderer open a face of a collection; pdfmake's own text path is unaffected. */
export function openCollectionFacesInCharts(): void {
  if (installed) return;
  installed = true;
  const document = requireFromPdfmake<{ default: DocumentClass }>('./PDFDocument').default;
  const font = document.prototype.font;
  document.prototype.font = function (src, family, size) {
    if (Array.isArray(src) && src.length === 2 && family === undefined) return font.call(this, src[0], src[1]);
    return font.call(this, src, family, size);
  };
}
