// Turns a pdfmake document definition into PDF bytes, offline, in Noto Sans, with no text lost silently.
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { orderBidiLines } from './bidiLines';
import { drawLinesAsRuns } from './lineRuns';
import { openCollectionFacesInCharts } from './svgCollectionFonts';
import { encodeContentOnce } from './contentText';
import { coverDocument } from './coverDocument';
import { isFallbackFontFile, registerFallbackFonts } from './fallbackFonts';
import type { PaperSize } from '../../../shared/settings/schema';
import { FONT_FAMILY, isFontFile, registerFonts } from './fonts';
import { pageFurniture } from './pageFurniture';
import { shareParsedFonts } from './parsedFonts';
import { placementOf, trackPlacement, type Placement } from './placement';
import { resolveStylesOncePerText } from './styleLookups';
import { layOutWordsWithoutGarbage } from './wordLayout';

export interface PdfResult {
  pdf: Buffer;
  /** Graphemes the font cannot draw, shown as the placeholder in the PDF. */
  replaced: string[];
  /** What the layout put on the pages, to check that nothing was left out. */
  placement: Placement;
}

/**
 * A report to render: the page furniture is rebuilt from `title` and `paperSize`, so the job has
 * no functions and can be posted to a worker thread.
 */
export interface PdfJob {
  title: string;
  paperSize: PaperSize;
  doc: Omit<TDocumentDefinitions, 'header' | 'footer' | 'background' | 'pageBreakBefore' | 'pageSize' | 'pageMargins'>;
}

const DEFAULT_STYLE = { font: FONT_FAMILY, fontSize: 10.5 };

const ignore = () => undefined;
let configured = false;

function configure() {
  if (configured) return;
  registerFonts(pdfmake);
  shareParsedFonts();
  layOutWordsWithoutGarbage();
  trackPlacement();
  resolveStylesOncePerText();
  encodeContentOnce();
  // Joining wraps the renderer first, so the words it joins are already in visual order.
  drawLinesAsRuns();
  orderBidiLines();
  openCollectionFacesInCharts();
  // Nothing is ever fetched (images must be data: URLs) and only the font files may be read:
  // Noto Sans and the installed fonts chosen for other scripts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => isFontFile(file) || isFallbackFontFile(file));
  configured = true;
}

/**
 * `onProgress` gets pdfmake's own measure: the share of laid-out items drawn so far. Layout, which
 * comes before drawing, reports nothing.
 */
export async function renderPdf(
  doc: TDocumentDefinitions,
  options: { onProgress?: (fraction: number) => void } = {},
): Promise<PdfResult> {
  configure();
  const covered = coverDocument({ ...doc, defaultStyle: { ...DEFAULT_STYLE, ...doc.defaultStyle } });
  // Fonts chosen for this document's text; a header or footer made during layout reuses these
  // or falls back to the placeholder (its text is short and its fonts found by then).
  registerFallbackFonts(pdfmake);
  // pdfmake copies the callback into this document's options in createPdf, so concurrent renders
  // each keep their own.
  pdfmake.setProgressCallback(options.onProgress ?? ignore);
  let created;
  try {
    created = pdfmake.createPdf(covered.doc);
  } finally {
    pdfmake.setProgressCallback(ignore);
  }
  // The laid-out pdfkit document, which placementOf knows the layout of.
  const pdfDocument = await created.getStream();
  const pdf = await created.getBuffer();
  return { pdf, replaced: [...covered.replaced], placement: placementOf(pdfDocument) };
}

export type PdfPhase = 'started' | 'drawing' | 'rendered';
export interface PdfProgress {
  phase: PdfPhase;
  /** 0 at 'started', 1 at 'rendered'; in between, pdfmake's share of items drawn. */
  fraction: number;
}

/**
 * `onProgress` hears 'started', then 'drawing' each time pdfmake's share has grown by at least
 * `step` since the last report, then 'rendered'.
 */
export async function renderPdfJob(
  job: PdfJob,
  { onProgress, step = 0 }: { onProgress?: (progress: PdfProgress) => void; step?: number } = {},
): Promise<PdfResult> {
  const doc = { ...job.doc, ...pageFurniture(job) };
  if (!onProgress) return renderPdf(doc);
  onProgress({ phase: 'started', fraction: 0 });
  let reported = 0;
  const result = await renderPdf(doc, {
    onProgress: (fraction) => {
      if (fraction - reported < step) return;
      reported = fraction;
      onProgress({ phase: 'drawing', fraction });
    },
  });
  onProgress({ phase: 'rendered', fraction: 1 });
  return result;
}
