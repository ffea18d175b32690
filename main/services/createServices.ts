// Wires the services over one data directory; both shells and the CLI start here.
import fs from 'node:fs';
import path from 'node:path';
import { templateSchema } from '../../shared/templates/schema';
import type { PaperSize } from '../../shared/settings/schema';
import { documentKinds } from '../../shared/storage/migrations';
import { workshopDocumentSchema } from '../../shared/workshop/schema';
import { assetsDir } from '../assetsDir';
import { createDocumentCollection } from '../storage/documentCollection';
import type { OpenStore } from '../storage/keyValueStore';
import { createReportPdf } from '../report/reportPdf';
import { buildKitFiles } from '../kit/kitFiles';
import { createPdfRenderer, type PdfRenderer } from '../report/pdf/pdfRenderer';
import { createBackupService } from './backupService';
import { createExportService, type ReportPdf } from './exportService';
import { browserPlatform, type Platform } from './platform';
import { createSettingsService } from './settingsService';
import { createTemplateService } from './templateService';
import { createWorkshopService, systemClock, type Clock } from './workshopService';
import { createRoomService } from '../room/roomService';
import { builtPageDir } from '../room/server';

export interface ServiceOptions {
  dataDir: string;
  openStore: OpenStore;
  clock?: Clock;
  log?: (message: string) => void;
  /** What the shell can do beyond the services (native save dialogs in Electron). */
  platform?: Platform;
  /** The built PDF worker, for callers running from sources (the benchmark); the app finds its own. */
  pdfWorkerPath?: string;
  /** The built participant page phones load from the room server; beside main's bundle unless given. */
  roomPageDir?: string;
}

export type Services = ReturnType<typeof createServices>;

export function createServices({ dataDir, openStore, clock = systemClock, log, platform = browserPlatform, pdfWorkerPath, roomPageDir }: ServiceOptions) {
  fs.mkdirSync(dataDir, { recursive: true });
  const workshops = createDocumentCollection({
    dataDir,
    folder: 'workshops',
    schema: workshopDocumentSchema,
    openStore,
    label: 'Workshop',
    now: () => clock.now(),
    log,
    kind: documentKinds.workshop,
    keepBackups: true,
  });
  const workshopService = createWorkshopService(workshops, clock);
  const templates = createDocumentCollection({
    dataDir,
    folder: 'templates',
    schema: templateSchema,
    openStore,
    label: 'Template',
    now: () => clock.now(),
    log,
  });
  const templateService = createTemplateService(templates, path.join(assetsDir(), 'templates'), workshopService, clock);
  // The PDF renderer loads fonts and a worker, so it starts on the first export, not at launch.
  let pdf: ReportPdf | undefined;
  // The kit has its own renderer (a worker of its own), started the first time a kit is made.
  let kitRenderer: PdfRenderer | undefined;
  const makeKit = (paperSize: PaperSize) => buildKitFiles((kitRenderer ??= createPdfRenderer(pdfWorkerPath ? { workerPath: pdfWorkerPath } : {})), paperSize);
  const rooms = createRoomService({ dataDir, workshops: workshopService, pageDir: roomPageDir ?? builtPageDir(import.meta.dirname), log });
  return {
    dataDir,
    workshops: workshopService,
    backups: createBackupService(workshops, clock),
    settings: createSettingsService(dataDir, openStore, log),
    templates: templateService,
    exports: createExportService(workshopService, templateService, () => (pdf ??= createReportPdf(pdfWorkerPath ? { workerPath: pdfWorkerPath } : {})), platform, makeKit),
    rooms,
    /** Stops background work (the PDF worker, an open room) so the process can exit. */
    async close() {
      await rooms.close();
      await pdf?.close();
      await kitRenderer?.close();
    },
  };
}
