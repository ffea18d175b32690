// The facilitator's room operations behind the IPC contract: open and close a workshop's room on
// a chosen network interface, lock it, close entry for an activity, remove a phone, report who
// joined, and the sync that hands phone messages to the facilitator's Baton. One room at a time:
// a facilitator runs one workshop in one room.
import { fail, ok, type Result } from '../../shared/result';
import { joinLink } from '../../shared/room/paths';
import type { NetworkChoice, QueuedPhoneMessage, RoomStatus, RoomSyncAnswer } from '../../shared/room/facilitator';
import type { WorkshopService } from '../services/workshopService';
import { listNetworks as systemNetworks, hostAndPort } from './networks';
import { createRoom, type Room } from './room';
import { readRoomFile, removeRoomFile, roomFilePath, writeRoomFile, type RoomFile } from './roomFile';
import { startRoomServer, type RoomServerOptions, type RunningRoomServer } from './server';

export interface RoomServiceOptions {
  dataDir: string;
  workshops: WorkshopService;
  /** The built participant page (out/renderer). */
  pageDir: string;
  log?: (message: string) => void;
  listNetworks?: () => NetworkChoice[];
  /** Lower limits for tests. */
  limits?: RoomServerOptions['limits'];
}

interface OpenRoom {
  workshopId: string;
  host: string;
  file: RoomFile;
  room: Room;
  server: RunningRoomServer;
  stopListening: () => void;
}

export type RoomService = ReturnType<typeof createRoomService>;

const LOOPBACK = ['127.0.0.1', '::1'];

export function createRoomService(options: RoomServiceOptions) {
  const log = options.log ?? console.error;
  const networks = options.listNetworks ?? systemNetworks;
  let open: OpenRoom | null = null;

  function status(workshopId: string): RoomStatus {
    if (!open || open.workshopId !== workshopId) {
      return { open: false, workshopId, address: null, joinUrl: null, code: null, locked: false, closedActivityIds: [], participants: [], waiting: 0 };
    }
    const address = hostAndPort(open.host, open.server.port);
    return {
      open: true,
      workshopId,
      address,
      joinUrl: joinLink(`http://${address}`, open.file.code),
      code: open.file.code,
      locked: open.file.locked,
      closedActivityIds: [...open.file.closedActivityIds],
      participants: open.room.participants(),
      waiting: open.room.waiting(),
    };
  }

  function openFor(workshopId: string): Result<OpenRoom> {
    return open && open.workshopId === workshopId ? ok(open) : fail('not-found', 'The room of this workshop is not open.');
  }

  async function closeOpen(): Promise<void> {
    const closing = open;
    open = null;
    if (!closing) return;
    closing.stopListening();
    await closing.server.close();
  }

  async function listen(room: Room, host: string, port: number): Promise<RunningRoomServer> {
    const start = (p: number) => startRoomServer({ room, host, port: p, pageDir: options.pageDir, limits: options.limits });
    try {
      return await start(port);
    } catch (error) {
      // The room's earlier port is taken now: any free one will do (phones then scan the new code).
      if (port !== 0 && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') return start(0);
      throw error;
    }
  }

  /** Changes made to the open room, answered with its status. */
  function withRoom(workshopId: string, change: (o: OpenRoom) => Result<unknown> | void): Result<RoomStatus> {
    const found = openFor(workshopId);
    if (!found.ok) return found;
    const result = change(found.value);
    return result && !result.ok ? result : ok(status(workshopId));
  }

  return {
    listNetworks: (): NetworkChoice[] => networks(),

    async openRoom(workshopId: string, host: string): Promise<Result<RoomStatus>> {
      if (!LOOPBACK.includes(host) && !networks().some((n) => n.address === host)) {
        return fail('invalid-request', `This computer has no network address ${host}; pick one of the listed networks.`);
      }
      if (open && open.workshopId !== workshopId) return fail('conflict', 'Another workshop’s room is open; close it first.');
      if (open && open.host === host) return ok(status(workshopId));
      await closeOpen();
      const doc = options.workshops.get(workshopId);
      if (!doc.ok) return doc;
      const path = roomFilePath(options.dataDir, workshopId);
      const file = readRoomFile(path, log);
      const room = createRoom({ workshopId, file, doc: doc.value, persist: (f) => writeRoomFile(path, f) });
      let server: RunningRoomServer;
      try {
        server = await listen(room, host, file.port);
      } catch (error) {
        return fail('internal', `The room could not be opened on ${host}: ${(error as Error).message}`);
      }
      file.port = server.port;
      writeRoomFile(path, file);
      const stopListening = options.workshops.onStored((stored) => {
        if (stored.id === workshopId) room.stored(stored);
      });
      open = { workshopId, host, file, room, server, stopListening };
      return ok(status(workshopId));
    },

    async closeRoom(workshopId: string): Promise<Result<RoomStatus>> {
      if (open?.workshopId === workshopId) await closeOpen();
      return ok(status(workshopId));
    },

    getRoomStatus: (workshopId: string): Result<RoomStatus> => ok(status(workshopId)),

    setLocked: (workshopId: string, locked: boolean) => withRoom(workshopId, (o) => o.room.setLocked(locked)),

    setEntry: (workshopId: string, activityId: string, entryOpen: boolean) => withRoom(workshopId, (o) => o.room.setEntry(activityId, entryOpen)),

    removeParticipant: (workshopId: string, participantId: string) =>
      withRoom(workshopId, (o) => (o.room.remove(participantId) ? undefined : fail('not-found', 'There is no such participant in the room.'))),

    async sync(request: { workshopId: string; after: number; results: { seq: number; outcome: string; reason?: string }[]; savedThrough: number; waitMs: number }): Promise<Result<RoomSyncAnswer>> {
      const found = openFor(request.workshopId);
      let messages: QueuedPhoneMessage[] = [];
      if (found.ok) messages = await found.value.room.sync(request);
      // With no room open a poll still waits, so a renderer polling in a loop does not spin.
      else if (request.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, request.waitMs));
      return ok({ messages, status: status(request.workshopId) });
    },

    /** A workshop was deleted: its room closes if open, and its saved room (code, phones) goes. */
    async forget(workshopId: string): Promise<void> {
      if (open?.workshopId === workshopId) await closeOpen();
      removeRoomFile(options.dataDir, workshopId);
    },

    /** Closes the open room (when Baton quits). */
    close: closeOpen,
  };
}
