// The PDF action plan: the report model laid out by reportDocument, rendered by the warm PDF
// worker, with the text no embedded font can draw found beforehand so the user is told, and
// every item of the model checked to be on a page afterwards (never a silent gap).
import type { UncoveredText } from '../../shared/ipc/exports';
import type { ReportModel } from '../../shared/report/model';
import { leaveNotesToCsv } from '../../shared/report/notesAppendix';
import { reportItems } from '../../shared/report/reportItems';
import { reportTexts } from '../../shared/report/reportTexts';
import type { PaperSize } from '../../shared/settings/schema';
import type { ReportPdf, ReportPdfOptions } from '../services/exportService';
import { assertComplete, missingItems } from './completeness';
import { scanForUncovered } from './pdf/glyphCoverage';
import { breakEverywhere } from './pdf/keepWithNext';
import { contentHeight, contentWidth } from './pdf/pageFurniture';
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
    async render(model: ReportModel, paperSize: PaperSize, { notesInCsv: choice }: ReportPdfOptions = {}) {
      const notesInCsv = leaveNotesToCsv(model.appendix.notes.length, choice);
      const content = reportContent(model, { paperSize, width: contentWidth(paperSize), height: contentHeight(paperSize), notesInCsv });
      const render = (pages: typeof content) =>
        renderer.render({
          title: model.title,
          paperSize,
          doc: {
            info: {
              title: `${model.title}: action plan`,
              author: model.facilitator || 'Baton',
              subject: `Sales and marketing alignment action plan${model.client ? ` for ${model.client}` : ''}`,
              keywords: 'sales, marketing, alignment, action plan',
              creator: 'Baton',
            },
            language: 'en-GB',
            content: pages,
            styles: reportStyles,
          },
        });
      const items = reportItems(model, { notesInCsv });
      let result = await render(content);
      // Keeping small blocks whole is only a nicety: if it cost an item (a block estimated small
      // that was taller than a page), lay the report out again with every block free to break.
      if (missingItems(items, result.placement).length > 0) result = await render(breakEverywhere(content));
      assertComplete(items, result.placement);
      return { pdf: result.pdf, placeholders: placeholdersIn(model, result.replaced), notesInCsv };
    },
    close: () => renderer.close(),
  };
}
