// Dragging notes. The whole board is one dnd-kit draggable whose node is set, on pointer down, to
// the note under the pointer: dnd-kit re-renders every useDraggable when a drag starts, and with
// a draggable per note that was every note of the board in the first frame (55–160 ms on a
// 1,000-note board). Now a drag start re-renders the board's areas, whose notes are memoised and
// keep their props. Dropping on a note groups the two (found by hit testing, see collision.ts),
// on a theme adds to it, on an area moves there. Screen readers hear the note's and areas' names.
import { PointerSensor, useDraggable, useSensor, useSensors, type Announcements, type DndContextProps, type DragEndEvent, type DragMoveEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { addToTheme, groupNotes, moveNotes } from '../../../shared/board/edits';
import { NOTE_TEAM_LABELS, type Board, type Note } from '../../../shared/board/schema';
import { useAppStore } from '../store/appStore';
import { newItemId } from '../workshop/useWorkshop';
import { innermostTarget, noteAt } from './collision';

const BOARD_DRAG_ID = 'board-note';

interface DragOptions {
  latest: RefObject<{ board: Board }>;
  edit(change: (b: Board) => Board): void;
  targets(id: string): string[];
}

const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
const describeNote = (note: Note) => `${NOTE_TEAM_LABELS[note.team]} note ${quote(note.text)}`;

/** "area “Budget”" or "theme “Lead quality”" for a droppable id. */
function placeName(board: Board, id: UniqueIdentifier | undefined): string | null {
  const key = String(id ?? '');
  if (key.startsWith('area:')) {
    const area = board.areas.find((a) => a.id === key.slice(5));
    return area ? `area ${quote(area.title)}` : null;
  }
  if (key.startsWith('theme:')) {
    const theme = board.themes.find((t) => t.id === key.slice(6));
    return theme ? `theme ${quote(theme.name)}` : null;
  }
  return null;
}

export function useBoardDrag({ latest, edit, targets }: DragOptions) {
  const notify = useAppStore((s) => s.notify);
  const undo = useAppStore((s) => s.undo);
  const setDragging = useAppStore((s) => s.setDragging);
  const [dragId, setDragId] = useState<string | null>(null);
  const grabbedRef = useRef<{ id: string; element: HTMLElement } | null>(null);
  const dropNote = useRef<HTMLElement | null>(null);
  const dropAnnouncement = useRef('');
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  // The note a drop would group with, marked on the page directly: as React state it would
  // re-render the board each time the pointer crossed a note.
  function markDropNote(element: HTMLElement | null) {
    if (dropNote.current === element) return;
    dropNote.current?.classList.remove('is-drop-target');
    element?.classList.add('is-drop-target');
    dropNote.current = element;
  }

  function finish() {
    markDropNote(null);
    grabbedRef.current?.element.classList.remove('is-dragging');
    grabbedRef.current = null;
    setDragId(null);
    setDragging(false);
  }

  function onDragEnd(event: DragEndEvent) {
    const id = grabbedRef.current?.id;
    const { board } = latest.current;
    const onNote = dropNote.current?.dataset.noteId;
    finish();
    if (!id) return;
    const ids = targets(id);
    const what = ids.length > 1 ? `${ids.length} notes` : 'the note';
    const target = onNote ? board.notes.find((n) => n.id === onNote) : undefined;
    const over = event.over ? String(event.over.id) : null;
    if (target) {
      if (target.themeId) {
        edit((b) => addToTheme(b, ids, target.themeId!));
        dropAnnouncement.current = `Added ${what} to ${placeName(board, `theme:${target.themeId}`)}.`;
      } else {
        const name = `Theme ${board.themes.length + 1}`;
        edit((b) => groupNotes(b, [target.id, ...ids], { id: newItemId(), name }));
        dropAnnouncement.current = `Grouped ${what} with ${describeNote(target)} into theme ${quote(name)}.`;
        notify('info', `Grouped into “${name}”. Rename it from its header.`, { label: 'Undo', run: undo });
      }
    } else if (over?.startsWith('theme:')) {
      edit((b) => addToTheme(b, ids, over.slice(6)));
      dropAnnouncement.current = `Added ${what} to ${placeName(board, over)}.`;
    } else if (over?.startsWith('area:')) {
      edit((b) => moveNotes(b, ids, over.slice(5)));
      dropAnnouncement.current = `Moved ${what} to ${placeName(board, over)}.`;
    } else dropAnnouncement.current = `Dropped ${what} where it was.`;
  }

  const noteOf = () => latest.current.board.notes.find((n) => n.id === grabbedRef.current?.id);
  const announcements: Announcements = {
    onDragStart: () => {
      const note = noteOf();
      const more = note ? targets(note.id).length - 1 : 0;
      return note ? `Picked up ${describeNote(note)}${more > 0 ? ` and ${more} more selected` : ''}.` : undefined;
    },
    onDragOver: ({ over }) => {
      const place = placeName(latest.current.board, over?.id);
      return place ? `Over ${place}.` : 'Not over an area.';
    },
    onDragEnd: () => dropAnnouncement.current,
    onDragCancel: () => 'Drag cancelled; the note stays where it was.',
  };

  const contextProps: DndContextProps = {
    sensors,
    collisionDetection: innermostTarget,
    accessibility: {
      announcements,
      screenReaderInstructions: {
        draggable: 'Drag a note with the mouse, or move it with Shift and the arrow keys.',
      },
    },
    onDragStart() {
      if (!grabbedRef.current) return;
      grabbedRef.current.element.classList.add('is-dragging');
      setDragId(grabbedRef.current.id);
      setDragging(true);
    },
    onDragMove(event: DragMoveEvent) {
      const start = event.activatorEvent as PointerEvent;
      const id = grabbedRef.current?.id;
      if (id) markDropNote(noteAt(start.clientX + event.delta.x, start.clientY + event.delta.y, targets(id)));
    },
    onDragEnd,
    onDragCancel: finish,
  };

  const dragged = dragId ? latest.current.board.notes.find((n) => n.id === dragId) : undefined;
  return { contextProps, dragged, grabbedRef };
}

/**
 * Inside the board's DndContext: the pointer-down handler of the board's areas, which picks up
 * the note under the pointer (not a button, field or note being edited inside it).
 */
export function useNoteGrab(grabbedRef: RefObject<{ id: string; element: HTMLElement } | null>) {
  const { setNodeRef, listeners } = useDraggable({ id: BOARD_DRAG_ID });
  return function onPointerDown(event: ReactPointerEvent<HTMLElement>) {
    const target = event.target as HTMLElement;
    if (target.closest('button, input, textarea, select, a')) return;
    const note = target.closest<HTMLElement>('[data-note-id]');
    if (!note) return;
    setNodeRef(note);
    grabbedRef.current = { id: note.dataset.noteId!, element: note };
    listeners?.onPointerDown?.(event);
  };
}
