// Where a dragged note lands: onto a note (to group with it), else a theme (to join it), else an
// area (to move there). Innermost target wins, which dnd-kit's own strategies do not guarantee.
import { pointerWithin, rectIntersection, type CollisionDetection } from '@dnd-kit/core';

const rank = (id: string | number) => (String(id).startsWith('note:') ? 0 : String(id).startsWith('theme:') ? 1 : 2);

export const innermostTarget: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  const candidates = (hits.length > 0 ? hits : rectIntersection(args)).filter((c) => c.id !== `note:${args.active.id}`);
  return candidates.sort((a, b) => rank(a.id) - rank(b.id)).slice(0, 1);
};
