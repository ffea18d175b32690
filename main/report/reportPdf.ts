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

export function createReportPdf(options: PdfRendererOptions = {}): ReportPdf {
  const renderer = createPdfRenderer(options);
  return {
    findUncovered(model): UncoveredText[] {
      return scanForUncovered(reportTexts(model)).map((item) => ({ where: item.label, text: item.text.trim(), characters: item.characters }));
    },
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
      return { pdf, replaced };
    },
    close: () => renderer.close(),
  };
}
