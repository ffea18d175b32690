// What a room keeps on disk (`rooms/<workshopId>.json`), so that reopening it after Baton
// restarts brings back the same code, port and phones: each phone's token survives only as a
// SHA-256 hash, so the file cannot be used to act as a phone.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, participantRoleSchema, phoneIdSchema, roomTeamSchema } from '../../shared/room/contract';
import { itemIdSchema } from '../../shared/board/schema';
import { atomicWriteFileSync } from '../storage/atomicWrite';

const storedParticipantSchema = z.object({
  id: z.string().regex(/^ph-[a-z0-9]{16}$/),
  team: roomTeamSchema,
  name: z.string().max(80),
  /** Absent in rooms saved before roles: null. */
  role: participantRoleSchema,
  joinedAt: z.string(),
  joinId: phoneIdSchema,
  tokenHash: z.string().regex(/^[a-f0-9]{64}$/),
  removed: z.boolean(),
});
export type StoredParticipant = z.output<typeof storedParticipantSchema>;

const roomFileSchema = z.object({
  version: z.literal(1),
  code: z.string().length(JOIN_CODE_LENGTH),
  port: z.number().int().min(0).max(65535),
  locked: z.boolean(),
  closedActivityIds: z.array(itemIdSchema).max(100),
  participants: z.array(storedParticipantSchema).max(1000),
});
export type RoomFile = z.output<typeof roomFileSchema>;

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** A code of JOIN_CODE_LENGTH characters, each drawn uniformly (no modulo bias) from the alphabet. */
export function newJoinCode(): string {
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    const byte = crypto.randomBytes(1)[0]!;
    // 248 = 8 × 31: bytes above it would favour the first letters.
    if (byte < 248) code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
  }
  return code;
}

export const newToken = () => crypto.randomBytes(32).toString('base64url');
export const newParticipantId = () => `ph-${Array.from(crypto.randomBytes(16), (b) => 'abcdefghijklmnopqrstuvwxyz234567'[b % 32]).join('')}`;

export function roomFilePath(dataDir: string, workshopId: string): string {
  return path.join(dataDir, 'rooms', `${workshopId}.json`);
}

/** The saved room, or a fresh one when there is none or it cannot be read (a room holds nothing that cannot be made again). */
export function readRoomFile(file: string, log: (message: string) => void): RoomFile {
  try {
    const parsed = roomFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
    log(`The saved room ${file} is not valid; a new room with a new code is made.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`The saved room ${file} could not be read: ${(error as Error).message}`);
  }
  return { version: 1, code: newJoinCode(), port: 0, locked: false, closedActivityIds: [], participants: [] };
}

/**
 * Removes the saved room of one workshop (when the workshop is deleted): only that file, by its
 * exact name; one unlink, so it is there whole or gone. No file is not an error.
 */
export function removeRoomFile(dataDir: string, workshopId: string): void {
  const file = roomFilePath(dataDir, workshopId);
  // Workshop ids are checked by the contract; this keeps a bad one from reaching outside rooms/.
  if (path.dirname(file) !== path.join(dataDir, 'rooms') || path.basename(file) !== `${workshopId}.json`) throw new Error(`Not a workshop id: ${workshopId}`);
  fs.rmSync(file, { force: true });
}

export function writeRoomFile(file: string, room: RoomFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  atomicWriteFileSync(file, JSON.stringify(room, null, 1));
}
