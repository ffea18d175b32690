// The PDF action plan: the report model laid out by reportDocument, rendered by the warm PDF
// worker, with the text no embedded font can draw found beforehand so the user is told.
import type { UncoveredText } from '../../shared/ipc/exports';
import type { ReportModel } from '../../shared/report/model';
import type { PaperSize } from '../../shared/settings/schema';
import type { ReportPdf } from '../services/exportService';
import { scanForUncovered, type ScanItem } from './pdf/glyphCoverage';
import { contentWidth } from './pdf/pageFurniture';
import { createPdfRenderer, type PdfRendererOptions } from './pdf/pdfRenderer';
import { reportContent, reportStyles } from './reportDocument';

/** Every piece of text in the report that people typed, with where it appears. */
export function reportTexts(model: ReportModel): ScanItem[] {
  const items: ScanItem[] = [];
  const add = (label: string, text: string) => text && items.push({ label, text });
  add('Workshop title', model.title);
  add('Client', model.client);
  add('Facilitator', model.facilitator);
  for (const note of model.appendix.notes) add(`Note in ${note.activity}`, `${note.text} ${note.author}`);
  for (const board of model.boards) for (const area of board.areas) for (const item of area.items) if (item.kind === 'theme') add(`Theme in ${board.activity}`, item.label);
  for (const a of model.actions) add(`Action ${a.number}`, [a.title, a.description, a.owner, a.metric].join(' '));
  for (const c of model.commitments) add(`Commitment of the head of ${c.team.toLowerCase()}`, `${c.head} ${c.statement}`);
  for (const h of model.handoffs) {
    for (const s of h.stages) add(`Handoff stage ${s.name}`, `${s.name} ${s.marketing} ${s.sales}`);
    add(`Lead agreements in ${h.activity}`, [h.mqlDefinition, h.sqlDefinition, h.followUpNotes, h.returnedLeads].join(' '));
  }
  for (const p of model.appendix.participants) add('Participant name', p.label);
  return items;
}

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
          content: reportContent(model, contentWidth(paperSize)),
          styles: reportStyles,
        },
      });
      return { pdf, replaced };
    },
    close: () => renderer.close(),
  };
}
