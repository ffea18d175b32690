// Deleting a workshop takes its saved room with it (rooms/<id>.json: the join code and the phones'
// token hashes), closes the room if it is open, and leaves every other workshop's files alone.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { roomTestWorkshop } from '../../shared/room/testing';
import { tempDataDir } from '../testing/tempDir';
import { createPhone } from './testing/phoneClient';
import { openTestRoom } from './testing/testRoom';
import { readRoomFile, roomFilePath, writeRoomFile } from './roomFile';

let room: Awaited<ReturnType<typeof openTestRoom>> | undefined;
afterEach(async () => {
  await room?.close(false);
  room = undefined;
});

/** Every file under dataDir, relative, sorted. */
function filesIn(dataDir: string): string[] {
  return (fs.readdirSync(dataDir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dataDir, f)).isFile()).sort();
}

describe('deleting a workshop', () => {
  it('removes its room file and closes its open room, and touches no other workshop’s files', async () => {
    const dataDir = tempDataDir();
    room = await openTestRoom({ dataDir });
    await createPhone(room.port).join(room.code, 'sales', 'Pat');
    const own = roomFilePath(dataDir, room.workshop.id);
    expect(readRoomFile(own, () => undefined).participants).toHaveLength(1);

    // Another workshop with a saved room of its own (ids that share a prefix with the deleted one).
    const other = room.services.workshops.createFrom((id, at) => ({ ...roomTestWorkshop(), id: `${room!.workshop.id}-2`, title: 'Other', createdAt: at, updatedAt: at }));
    if (!other.ok) throw new Error(other.error.message);
    const otherRoom = roomFilePath(dataDir, other.value.id);
    writeRoomFile(otherRoom, { ...readRoomFile(otherRoom, () => undefined), locked: true });
    const otherFiles = filesIn(dataDir).filter((f) => f.includes(other.value.id));
    const otherBytes = otherFiles.map((f) => fs.readFileSync(path.join(dataDir, f), 'utf8'));

    const deleted = await room.dispatch('deleteWorkshop', { id: room.workshop.id });
    expect(deleted.ok).toBe(true);
    expect(fs.existsSync(own)).toBe(false);
    expect(room.rooms.getRoomStatus(room.workshop.id)).toMatchObject({ ok: true, value: { open: false } });
    await expect(createPhone(room.port).join(room.code, 'sales')).rejects.toThrow();
    // The workshop itself went to the trash, as before; the other workshop's files are as they were.
    expect(filesIn(dataDir).some((f) => f.startsWith(path.join('trash', 'workshops', room!.workshop.id)))).toBe(true);
    expect(otherFiles).toContain(path.join('rooms', `${other.value.id}.json`));
    expect(otherFiles.map((f) => fs.readFileSync(path.join(dataDir, f), 'utf8'))).toEqual(otherBytes);
  });

  it('is fine when the workshop never had a room', async () => {
    const dataDir = tempDataDir();
    room = await openTestRoom({ dataDir });
    const plain = room.services.workshops.create({ title: 'No room here', client: '', date: '', facilitator: '' });
    if (!plain.ok) throw new Error(plain.error.message);
    expect((await room.dispatch('deleteWorkshop', { id: plain.value.id })).ok).toBe(true);
    expect(fs.existsSync(roomFilePath(dataDir, room.workshop.id))).toBe(true);
  });
});
