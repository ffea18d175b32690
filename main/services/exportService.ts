// Exporting a workshop: the PDF action plan, the full `.baton.json` file, and the notes and actions
// as CSV. Electron asks where to save with a native dialog; browser mode hands the file to the
// page to download. Paths saved this session are the only ones "Open" and "Show in folder" accept.
import type { ExportFormat, ExportResult, KitExportResult, UncoveredText } from '../../shared/ipc/exports';
import { fail, ok, type Result } from '../../shared/result';
import { buildReport } from '../../shared/report/buildReport';
import { actionsCsv, answersCsv, notesCsv } from '../../shared/report/csvExports';
import type { ReportModel } from '../../shared/report/model';
import { todayIso } from '../../shared/format/dates';
import type { PaperSize } from '../../shared/settings/schema';
import { fileSlug, WORKSHOP_FILE_EXTENSION, workshopFileContent } from '../../shared/files/workshopFile';
import { loadEarlierChain } from '../../shared/workshop/earlierLink';
import type { WorkshopDocument } from '../../shared/workshop/schema';
import type { Platform } from './platform';
import type { TemplateService } from './templateService';
import type { WorkshopService } from './workshopService';
import { TEMPLATE_FILE_EXTENSION } from '../../shared/templates/schema';
import { ReportIncompleteError } from '../report/completeness';
import { writeKitFiles, type KitFile } from '../kit/kitFiles';

export interface ReportPdfOptions {
  notesInCsv?: boolean | undefined;
}

export interface ReportPdf {
  /** Text in the report that no font can draw, for warning the user before export. */
  findUncovered(model: ReportModel): UncoveredText[];
  /**
   * The PDF, and where it printed the placeholder. Fails (a ReportIncompleteError naming what) if
   * any item of the model did not reach a page; `notesInCsv` leaves the notes appendix to the
   * notes CSV, by default above 500 notes.
   */
  render(model: ReportModel, paperSize: PaperSize, options?: ReportPdfOptions): Promise<{ pdf: Uint8Array; placeholders: UncoveredText[]; notesInCsv: boolean }>;
  close(): Promise<void>;
}

interface Built {
  fileName: string;
  mime: string;
  filter: { name: string; extensions: string[] };
  bytes: Uint8Array;
  placeholders: UncoveredText[];
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Makes the pre-workshop kit's files (main/kit/kitFiles.ts). */
export type KitMaker = (paperSize: PaperSize) => Promise<KitFile[]>;

export function createExportService(workshops: WorkshopService, templates: TemplateService, reportPdf: () => ReportPdf, platform: Platform, makeKit: KitMaker) {
  const saved = new Set<string>();

  /** Hands the file to the shell: a native save dialog in Electron, a download in the browser. */
  async function deliver(built: Built): Promise<Result<ExportResult>> {
    if (!platform.saveFile) {
      return ok({ status: 'download', fileName: built.fileName, mime: built.mime, base64: Buffer.from(built.bytes).toString('base64'), placeholders: built.placeholders });
    }
    const path = await platform.saveFile({ defaultName: built.fileName, filter: built.filter, bytes: built.bytes });
    if (path === null) return ok({ status: 'cancelled' });
    saved.add(path);
    return ok({ status: 'saved', path, fileName: built.fileName, bytes: built.bytes.byteLength, placeholders: built.placeholders });
  }

  /** The files that need no rendering: the workshop itself and its CSVs. */
  function dataFile(doc: WorkshopDocument, format: Exclude<ExportFormat, 'pdf'>): Built {
    const slug = fileSlug(doc.title);
    switch (format) {
      case 'workshop':
        return { fileName: `${slug}${WORKSHOP_FILE_EXTENSION}`, mime: 'application/json', filter: { name: 'Baton workshop', extensions: ['json'] }, bytes: utf8(workshopFileContent(doc)), placeholders: [] };
      case 'notes-csv':
        return { fileName: `${slug}-notes.csv`, mime: 'text/csv', filter: { name: 'CSV', extensions: ['csv'] }, bytes: utf8(notesCsv(doc)), placeholders: [] };
      case 'actions-csv':
        return { fileName: `${slug}-actions.csv`, mime: 'text/csv', filter: { name: 'CSV', extensions: ['csv'] }, bytes: utf8(actionsCsv(doc)), placeholders: [] };
      case 'answers-csv':
        return { fileName: `${slug}-answers.csv`, mime: 'text/csv', filter: { name: 'CSV', extensions: ['csv'] }, bytes: utf8(answersCsv(doc)), placeholders: [] };
    }
  }

  return {
    async exportWorkshop(request: { id: string; format: ExportFormat; paperSize: PaperSize; allowPlaceholders: boolean; notesInCsv?: boolean | undefined }): Promise<Result<ExportResult>> {
      const doc = workshops.get(request.id);
      if (!doc.ok) return doc;
      if (request.format !== 'pdf') return deliver(dataFile(doc.value, request.format));
      // The workshops this one follows up, for "Since last time"; a missing or unreadable one ends
      // the chain there (the report compares with what could be read), and a workshop without a
      // link loads nothing.
      const { earlier } = await loadEarlierChain(doc.value, async (id) => workshops.get(id));
      // One report model serves both the check for undrawable text and the rendering.
      const model = buildReport(doc.value, { today: todayIso(), earlier });
      if (!request.allowPlaceholders) {
        const uncovered = reportPdf().findUncovered(model);
        if (uncovered.length > 0) return ok({ status: 'needs-confirmation', uncovered });
      }
      let rendered;
      try {
        rendered = await reportPdf().render(model, request.paperSize, { notesInCsv: request.notesInCsv });
      } catch (error) {
        // Never a PDF with a silent gap: no file, and the message names what did not fit.
        if (error instanceof ReportIncompleteError) return fail('internal', error.message);
        throw error;
      }
      const { pdf, placeholders } = rendered;
      const fileName = `${fileSlug(doc.value.title)}-action-plan.pdf`;
      return deliver({ fileName, mime: 'application/pdf', filter: { name: 'PDF document', extensions: ['pdf'] }, bytes: pdf, placeholders });
    },

    async exportTemplate(id: string): Promise<Result<ExportResult>> {
      const file = templates.fileContent(id);
      if (!file.ok) return file;
      return deliver({
        fileName: `${fileSlug(file.value.name)}${TEMPLATE_FILE_EXTENSION}`,
        mime: 'application/json',
        filter: { name: 'Baton template', extensions: ['json'] },
        bytes: utf8(file.value.content),
        placeholders: [],
      });
    },

    /** Both files of the kit: into a folder the user picks in Electron, as two downloads in a browser. */
    async exportKit(paperSize: PaperSize): Promise<Result<KitExportResult>> {
      if (!platform.chooseFolder) {
        const files = await makeKit(paperSize);
        return ok({ status: 'download', files: files.map((f) => ({ fileName: f.fileName, mime: f.mime, base64: Buffer.from(f.bytes).toString('base64') })) });
      }
      const folder = await platform.chooseFolder('Choose a folder for the questionnaire and the CSV template');
      if (folder === null) return ok({ status: 'cancelled' });
      const files = await makeKit(paperSize);
      let paths: string[];
      try {
        paths = writeKitFiles(folder, files);
      } catch (error) {
        return fail('internal', `The kit could not be saved in ${folder} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Choose another folder.`);
      }
      for (const path of paths) saved.add(path);
      return ok({ status: 'saved', folder, paths });
    },

    async reveal(path: string, how: 'open' | 'folder'): Promise<Result<{ path: string }>> {
      if (!saved.has(path)) return fail('forbidden', 'Only files exported in this session can be opened from Baton.');
      if (how === 'open' && platform.openPath) {
        const error = await platform.openPath(path);
        return error ? fail('internal', `The file could not be opened: ${error}`) : ok({ path });
      }
      if (how === 'folder' && platform.showInFolder) {
        platform.showInFolder(path);
        return ok({ path });
      }
      return fail('invalid-request', 'This version of Baton cannot open files; open it from your downloads.');
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
