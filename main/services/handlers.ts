// One handler per contract channel. The `Handlers` type is derived from the contract, so a channel
// without a handler (or a handler without a channel) is a type error, and a unit test checks it too.
import type { ChannelName, ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';
import fs from 'node:fs';
import path from 'node:path';
import { ok, type Result } from '../../shared/result';
import { assetsDir, EXAMPLE_WORKSHOP_FILE } from '../assetsDir';
import type { Services } from './createServices';

export type Handler<K extends ChannelName> = (
  request: ParsedRequestOf<K>,
) => Result<ResponseOf<K>> | Promise<Result<ResponseOf<K>>>;

export type Handlers = { [K in ChannelName]: Handler<K> };

export function createHandlers({ workshops, settings, exports, templates, backups, rooms }: Services): Handlers {
  return {
    listWorkshops: () => ok(workshops.list()),
    getWorkshop: ({ id }) => workshops.open(id),
    createWorkshop: ({ templateId, ...details }) => (templateId ? templates.createWorkshop(templateId, details) : workshops.create(details)),
    saveWorkshop: ({ workshop, expectedUpdatedAt }) => workshops.saveOpen(workshop, expectedUpdatedAt),
    saveWorkshopChanges: ({ id, expectedUpdatedAt, changes }) => workshops.saveChanges(id, expectedUpdatedAt, changes),
    renameWorkshop: ({ id, title }) => workshops.rename(id, title),
    duplicateWorkshop: ({ id }) => workshops.duplicate(id),
    startRecheck: ({ id, title, date }) => workshops.startRecheck(id, { title, date }),
    async deleteWorkshop({ id }) {
      const removed = workshops.remove(id);
      if (removed.ok) await rooms.forget(id);
      return removed;
    },
    importWorkshop: ({ fileName, content }) => workshops.importFile(fileName, content),
    openExampleWorkshop: () =>
      workshops.importFile(EXAMPLE_WORKSHOP_FILE, fs.readFileSync(path.join(assetsDir(), 'examples', EXAMPLE_WORKSHOP_FILE), 'utf8')),
    listBackups: ({ id }) => backups.list(id),
    restoreBackup: ({ id, file }) => backups.restore(id, file),
    restoreFromBackup: ({ id }) => backups.restoreLatest(id),
    exportWorkshop: (request) => exports.exportWorkshop(request),
    exportKit: ({ paperSize }) => exports.exportKit(paperSize),
    revealExport: ({ path, how }) => exports.reveal(path, how),
    listTemplates: () => ok(templates.list()),
    getTemplate: ({ id }) => templates.get(id),
    saveAsTemplate: ({ workshopId, name, description }) => templates.saveFromWorkshop(workshopId, name, description),
    duplicateTemplate: ({ id }) => templates.duplicate(id),
    renameTemplate: ({ id, name }) => templates.rename(id, name),
    updateTemplate: ({ template }) => templates.update(template),
    deleteTemplate: ({ id }) => templates.remove(id),
    importTemplate: ({ fileName, content, mode }) => templates.importFile(fileName, content, mode),
    exportTemplate: ({ id }) => exports.exportTemplate(id),
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    listRoomNetworks: () => ok(rooms.listNetworks()),
    openRoom: ({ workshopId, address }) => rooms.openRoom(workshopId, address),
    closeRoom: ({ workshopId }) => rooms.closeRoom(workshopId),
    getRoomStatus: ({ workshopId }) => rooms.getRoomStatus(workshopId),
    setRoomLocked: ({ workshopId, locked }) => rooms.setLocked(workshopId, locked),
    setRoomEntry: ({ workshopId, activityId, open }) => rooms.setEntry(workshopId, activityId, open),
    removeRoomParticipant: ({ workshopId, participantId }) => rooms.removeParticipant(workshopId, participantId),
    syncRoom: (request) => rooms.sync(request),
  };
}
