// Where a dragged note lands. dnd-kit tracks only themes and areas, innermost first (its own
// strategies do not guarantee that); the note under the pointer, for grouping, is found by hit
// testing (noteAt), which costs nothing until the pointer moves.
import { pointerWithin, rectIntersection, type CollisionDetection } from '@dnd-kit/core';

const rank = (id: string | number) => (String(id).startsWith('theme:') ? 0 : 1);

export const innermostTarget: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return (hits.length > 0 ? hits : rectIntersection(args)).sort((a, b) => rank(a.id) - rank(b.id)).slice(0, 1);
};

/** The note card at a point of the viewport, skipping the ones being dragged. */
export function noteAt(x: number, y: number, dragged: readonly string[]): HTMLElement | null {
  for (const element of document.elementsFromPoint(x, y)) {
    const note = element.closest<HTMLElement>('[data-note-id]');
    if (note && !dragged.includes(note.dataset.noteId!)) return note;
  }
  return null;
}
