// A room opened on 127.0.0.1 over a temporary data folder, with the services, a dispatch and a
// stand-in participant page, for the room's integration tests, the load script and the bench.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { roomTestWorkshop } from '../../../shared/room/testing';
import type { RoomStatus } from '../../../shared/room/facilitator';
import type { WorkshopDocument } from '../../../shared/workshop/schema';
import { createServices } from '../../services/createServices';
import { createDispatch } from '../../services/dispatch';
import { createHandlers } from '../../services/handlers';
import { openConfStore } from '../../storage/confStore';
import { createRoomService, type RoomServiceOptions } from '../roomService';

export const PAGE_TEXT = '<!doctype html><title>Join the room</title><script type="module" src="/assets/participant.js"></script>';

export async function openTestRoom(options: { dataDir?: string; limits?: RoomServiceOptions['limits']; workshop?: WorkshopDocument } = {}) {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'baton-room-'));
  const pageDir = path.join(dataDir, 'page');
  fs.mkdirSync(path.join(pageDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(pageDir, 'participant.html'), PAGE_TEXT);
  fs.writeFileSync(path.join(pageDir, 'index.html'), '<!doctype html><title>Facilitator</title>');
  fs.writeFileSync(path.join(pageDir, 'assets', 'participant.js'), 'console.log("phone")');
  fs.writeFileSync(path.join(pageDir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const services = createServices({ dataDir, openStore: openConfStore, log: () => undefined, roomPageDir: pageDir });
  const rooms = createRoomService({ dataDir, workshops: services.workshops, pageDir, limits: options.limits, log: () => undefined, listNetworks: () => [] });
  const dispatch = createDispatch(createHandlers({ ...services, rooms }), () => undefined);
  const existing = options.workshop ?? (fs.existsSync(path.join(dataDir, 'workshops')) ? services.workshops.list().workshops[0] : undefined);
  const workshop: WorkshopDocument = existing
    ? (services.workshops.get(existing.id) as { ok: true; value: WorkshopDocument }).value
    : (services.workshops.createFrom((id, at) => ({ ...roomTestWorkshop(), id: `room-${id}`, createdAt: at, updatedAt: at })) as { ok: true; value: WorkshopDocument }).value;
  const opened = await rooms.openRoom(workshop.id, '127.0.0.1');
  if (!opened.ok) throw new Error(opened.error.message);
  const status: RoomStatus = opened.value;
  const port = Number(status.address!.split(':').at(-1));
  return {
    dataDir,
    services,
    rooms,
    dispatch,
    workshop,
    status,
    port,
    code: status.code!,
    async close(removeDir = true) {
      await rooms.close();
      await services.close();
      if (removeDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
