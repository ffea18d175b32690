// The shared messaging platform: what each area of a messaging board settles on, the facilitator's
// pick or else the top-voted note or theme. The workshop screen and the report both read it here.
import type { Board, Note } from './schema';
import { rankByVotes } from './votes';

export type PlatformChoice =
  | { by: 'pick'; note: Note; text: string }
  | { by: 'votes'; text: string; votes: number };

/**
 * The area's choice, or null when it has no visible notes and nothing is picked. Hidden notes never
 * count, nor does a picked note that has since moved to another area.
 */
export function platformChoice(board: Board, areaId: string): PlatformChoice | null {
  const pickId = board.picks[areaId];
  const picked = board.notes.find((n) => n.id === pickId && !n.hidden && n.areaId === areaId);
  if (picked) return { by: 'pick', note: picked, text: picked.text };
  const top = rankByVotes(board, areaId)[0];
  if (!top) return null;
  return { by: 'votes', text: top.kind === 'theme' ? top.theme.name : top.note.text, votes: top.votes };
}
