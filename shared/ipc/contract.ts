// The one IPC contract. Each channel names the zod schema its request must pass and the type of
// its answer; main's handlers, the preload's `window.baton` and the browser bridge all derive
// from this object, so adding a channel is one entry here plus its handler in main/services.
import { z } from 'zod';
import { paperSizeSchema, settingsPatchSchema, type Settings } from '../settings/schema';
import { documentIdSchema, timestampSchema } from '../workshop/fields';
import { workshopDetailsSchema, workshopDocumentSchema, type WorkshopDocument, type WorkshopSummary } from '../workshop/schema';
import { workshopChangesSchema } from '../workshop/changes';
import { exportFormatSchema, type ExportResult, type KitExportResult } from './exports';
import type { StorageProblem } from './problems';
import { backupFileSchema, type WorkshopBackup } from './backups';
import { templateSchema, type Template } from '../templates/schema';
import type { TemplateImport, TemplateListing } from '../templates/api';
import { MAX_IMPORT_BYTES } from '../files/workshopFile';
import {
  openRoomRequestSchema,
  roomByWorkshopSchema,
  roomEntryRequestSchema,
  roomLockRequestSchema,
  roomRemoveRequestSchema,
  roomSyncRequestSchema,
  type NetworkChoice,
  type RoomStatus,
  type RoomSyncAnswer,
} from '../room/facilitator';

/** A phantom marker carrying a response type; it has no runtime value beyond being present. */
export interface Returns<T> {
  readonly __returns?: T;
}
const returns = <T>(): Returns<T> => ({});

export interface ChannelSpec {
  request: z.ZodType;
  response: Returns<unknown>;
}

const byId = z.object({ id: documentIdSchema }).strict();
const templateNameSchema = templateSchema.shape.name;

export interface WorkshopListing {
  workshops: WorkshopSummary[];
  /** Files that could not be read; they are left on disk untouched and reported here. */
  problems: StorageProblem[];
}

export const contract = {
  listWorkshops: { request: z.undefined(), response: returns<WorkshopListing>() },
  getWorkshop: { request: byId, response: returns<WorkshopDocument>() },
  /** A blank workshop, or one copied from a template's design. */
  createWorkshop: {
    request: z.object({ ...workshopDetailsSchema.shape, templateId: documentIdSchema.optional() }).strict(),
    response: returns<WorkshopDocument>(),
  },
  /** Saves an open workshop whole; refused if the stored copy changed since `expectedUpdatedAt`. */
  saveWorkshop: {
    request: z.object({ workshop: workshopDocumentSchema, expectedUpdatedAt: timestampSchema }).strict(),
    response: returns<{ updatedAt: string }>(),
  },
  /** The autosave: only what changed since `expectedUpdatedAt` (see shared/workshop/changes.ts). */
  saveWorkshopChanges: {
    request: z.object({ id: documentIdSchema, expectedUpdatedAt: timestampSchema, changes: workshopChangesSchema }).strict(),
    response: returns<{ updatedAt: string }>(),
  },
  renameWorkshop: {
    request: z.object({ id: documentIdSchema, title: workshopDetailsSchema.shape.title }).strict(),
    response: returns<WorkshopDocument>(),
  },
  /** An exact copy: design, client details and content (notes, answers, votes, actions). */
  duplicateWorkshop: { request: byId, response: returns<WorkshopDocument>() },
  /** A re-check of a workshop: its design and client details only, linked back to it (shared/workshop/recheck.ts). */
  startRecheck: {
    request: z.object({ id: documentIdSchema, title: workshopDetailsSchema.shape.title, date: workshopDetailsSchema.shape.date }).strict(),
    response: returns<WorkshopDocument>(),
  },
  deleteWorkshop: { request: byId, response: returns<{ id: string }>() },
  /** Import a `.baton.json` file's text as a new workshop. */
  importWorkshop: {
    request: z
      .object({
        fileName: z.string().max(260),
        content: z.string().max(MAX_IMPORT_BYTES, `Workshop files can be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
      })
      .strict(),
    response: returns<WorkshopDocument>(),
  },
  /** Earlier saved versions of a workshop, newest first (also of one set aside in quarantine). */
  listBackups: { request: byId, response: returns<WorkshopBackup[]>() },
  /** Makes a listed earlier version current; the version it replaces becomes a backup, so this can be undone. */
  restoreBackup: {
    request: z.object({ id: documentIdSchema, file: backupFileSchema }).strict(),
    response: returns<WorkshopDocument>(),
  },
  /** Brings back a workshop set aside in quarantine (or its last saved state) from its newest readable backup. */
  restoreFromBackup: { request: byId, response: returns<WorkshopDocument>() },
  /** Adds a copy of the example workshop that ships with Baton, to explore or to demonstrate. */
  openExampleWorkshop: { request: z.undefined(), response: returns<WorkshopDocument>() },
  exportWorkshop: {
    request: z
      .object({
        id: documentIdSchema,
        format: exportFormatSchema,
        paperSize: paperSizeSchema,
        allowPlaceholders: z.boolean().default(false),
        /** Leave the PDF's notes appendix to the notes CSV; by default above 500 notes. */
        notesInCsv: z.boolean().optional(),
      })
      .strict(),
    response: returns<ExportResult>(),
  },
  /** The blank questionnaire PDF and the answers CSV template, for answers collected before the day. */
  exportKit: { request: z.object({ paperSize: paperSizeSchema }).strict(), response: returns<KitExportResult>() },
  /** Open an exported file, or show it in its folder (Electron only; files exported this session). */
  revealExport: {
    request: z.object({ path: z.string().min(1).max(4096), how: z.enum(['open', 'folder']) }).strict(),
    response: returns<{ path: string }>(),
  },
  listTemplates: { request: z.undefined(), response: returns<TemplateListing>() },
  getTemplate: { request: byId, response: returns<Template & { builtIn: boolean }>() },
  saveAsTemplate: {
    request: z.object({ workshopId: documentIdSchema, name: templateNameSchema, description: templateSchema.shape.description }).strict(),
    response: returns<Template>(),
  },
  duplicateTemplate: { request: byId, response: returns<Template>() },
  renameTemplate: { request: z.object({ id: documentIdSchema, name: templateNameSchema }).strict(), response: returns<Template>() },
  updateTemplate: { request: z.object({ template: templateSchema }).strict(), response: returns<Template>() },
  deleteTemplate: { request: byId, response: returns<{ id: string }>() },
  /** Reads a `.baton-template.json`: `preview` only checks it; `rename` or `replace` settle a name clash and save. */
  importTemplate: {
    request: z
      .object({ fileName: z.string().max(260), content: z.string().max(MAX_IMPORT_BYTES), mode: z.enum(['preview', 'rename', 'replace']) })
      .strict(),
    response: returns<TemplateImport>(),
  },
  exportTemplate: { request: byId, response: returns<ExportResult>() },
  getSettings: { request: z.undefined(), response: returns<Settings>() },
  updateSettings: { request: settingsPatchSchema, response: returns<Settings>() },
  // The room phones join (shared/room/facilitator.ts explains the sync).
  /** The network interfaces a room can be opened on. */
  listRoomNetworks: { request: z.undefined(), response: returns<NetworkChoice[]>() },
  /** Opens the workshop's room on one interface (again with the same code, port and phones after a restart). */
  openRoom: { request: openRoomRequestSchema, response: returns<RoomStatus>() },
  /** Stops the room server; phones are told the room closed. Reopening brings them back. */
  closeRoom: { request: roomByWorkshopSchema, response: returns<RoomStatus>() },
  getRoomStatus: { request: roomByWorkshopSchema, response: returns<RoomStatus>() },
  /** Locks the room against new joiners (joined phones carry on). */
  setRoomLocked: { request: roomLockRequestSchema, response: returns<RoomStatus>() },
  /** Closes (or reopens) entry for one activity: phones' later messages for it are refused. */
  setRoomEntry: { request: roomEntryRequestSchema, response: returns<RoomStatus>() },
  /** Removes a phone from the room; the renderer takes out what it sent (removeParticipantContributions) as one undoable edit. */
  removeRoomParticipant: { request: roomRemoveRequestSchema, response: returns<RoomStatus>() },
  /** Long poll: what phones sent, in exchange for the outcomes and saves of earlier messages. */
  syncRoom: { request: roomSyncRequestSchema, response: returns<RoomSyncAnswer>() },
} as const satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type RequestOf<K extends ChannelName> = z.input<Contract[K]['request']>;
export type ParsedRequestOf<K extends ChannelName> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends ChannelName> = NonNullable<Contract[K]['response']['__returns']>;

export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

/** The Electron IPC channel string for a contract entry; namespaced so no library's channel collides. */
export const ipcChannelOf = (name: ChannelName): string => `baton:${name}`;
