// A workshop for room tests: a welcome, the diagnostic and a friction board, the board in private
// writing with one revealed laptop note and one hidden laptop note; facilitator notes on each.
import { createActivity } from '../agenda/edits';
import { addNote, setPrivateMode } from '../board/edits';
import { workshopDocumentSchema, type WorkshopDocument } from '../workshop/schema';
import type { RoomSender } from './contract';

export const FACILITATOR_SECRET = 'FACILITATOR-ONLY-remark';

export function roomTestWorkshop(): WorkshopDocument {
  let n = 0;
  const id = () => `act-${++n}`;
  const welcome = { ...createActivity('welcome', id), notes: FACILITATOR_SECRET };
  const diagnostic = { ...createActivity('diagnostic', id), notes: FACILITATOR_SECRET };
  const friction = createActivity('friction', id);
  let board = friction.board!;
  board = addNote(board, { id: 'laptop-open', areaId: board.areas[0]!.id, text: 'Revealed laptop note', team: 'sales', author: 'Ann' });
  board = setPrivateMode(board, true);
  board = addNote(board, { id: 'laptop-hidden', areaId: board.areas[0]!.id, text: 'Hidden laptop note', team: 'sales', hidden: true, writer: 'turn-1' });
  return workshopDocumentSchema.parse({
    schemaVersion: 1,
    id: 'room-test-0001',
    title: 'Room test',
    createdAt: '2026-11-30T08:00:00.000Z',
    updatedAt: '2026-11-30T08:00:00.000Z',
    agenda: [welcome, diagnostic, { ...friction, notes: FACILITATOR_SECRET, board }],
    runtime: { currentActivityId: friction.id },
  });
}

export const phone = (n: number, team: RoomSender['team'] = 'sales', name = ''): RoomSender => ({ id: `ph-${String(n).padStart(12, '0')}`, team, name });

/** A phone-made id: 16 characters or more. */
export const phoneMadeId = (label: string | number) => `m-${String(label).padStart(16, '0')}`;
