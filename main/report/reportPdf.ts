// The PDF action plan: the report model laid out by reportDocument, rendered by the warm PDF
// worker, with the text no embedded font can draw found beforehand so the user is told.
import type { UncoveredText } from '../../shared/ipc/exports';
import type { ReportModel } from '../../shared/report/model';
import { reportTexts } from '../../shared/report/reportTexts';
import type { PaperSize } from '../../shared/settings/schema';
import type { ReportPdf } from '../services/exportService';
import { scanForUncovered } from './pdf/glyphCoverage';
import { contentWidth } from './pdf/pageFurniture';
import { createPdfRenderer, type PdfRendererOptions } from './pdf/pdfRenderer';
import { reportContent, reportStyles } from './reportDocument';

function findUncovered(model: ReportModel): UncoveredText[] {
  return scanForUncovered(reportTexts(model)).map((item) => ({ where: item.label, text: item.text.trim(), characters: item.characters }));
}

/**
 * Where the rendered PDF printed the placeholder: the fields found beforehand, and any other
 * character the renderer swapped (in text Baton wrote itself, which should never happen).
 */
function placeholdersIn(model: ReportModel, replaced: string[]): UncoveredText[] {
  if (replaced.length === 0) return [];
  const found = findUncovered(model);
  const named = new Set(found.flatMap((item) => item.characters));
  const other = replaced.filter((char) => !named.has(char));
  return other.length > 0 ? [...found, { where: 'other report text', text: '', characters: other }] : found;
}

export function createReportPdf(options: PdfRendererOptions = {}): ReportPdf {
  const renderer = createPdfRenderer(options);
  return {
    findUncovered,
    async render(model: ReportModel, paperSize: PaperSize) {
      const { pdf, replaced } = await renderer.render({
        title: model.title,
        paperSize,
        doc: {
          info: { title: `${model.title}: action plan`, subject: 'Sales and marketing alignment action plan', creator: 'Baton' },
          content: reportContent(model, contentWidth(paperSize), paperSize),
          styles: reportStyles,
        },
      });
      return { pdf, placeholders: placeholdersIn(model, replaced) };
    },
    close: () => renderer.close(),
  };
}
