// The board's areas in the layout of the activity's kind (shared/agenda/boardLayout.ts): rows
// with headings for perceptions and the friction map, columns side by side for the rest. Inside
// the DndContext, so it picks up the note under the pointer (useNoteGrab).
import { forwardRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { boardLayoutOf, boardRows } from '../../../shared/agenda/boardLayout';
import type { ActivityKind } from '../../../shared/agenda/kinds';
import type { Area } from '../../../shared/board/schema';
import { useNoteGrab } from './useBoardDrag';

interface BoardAreasProps {
  kind: ActivityKind;
  areas: Area[];
  /** One rendered AreaColumn per area, in board order. */
  columns: ReactNode[];
  grabbedRef: RefObject<{ id: string; element: HTMLElement } | null>;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

export const BoardAreas = forwardRef<HTMLDivElement, BoardAreasProps>(function BoardAreas({ kind, areas, columns, grabbedRef, onKeyDown }, ref) {
  const onPointerDown = useNoteGrab(grabbedRef);
  const rows = boardRows(kind, areas);
  return (
    // Focusable so the areas can be scrolled sideways by keyboard even while they hold no notes.
    <div
      ref={ref}
      className={`board__areas board__areas--${boardLayoutOf(kind)}`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      tabIndex={0}
      role="group"
      aria-label="Board areas"
    >
      {rows.map((row) =>
        row.title === null ? (
          row.areas.map((i) => columns[i])
        ) : (
          <div key={row.key} className="board__row">
            <h3 className="board__row-title">{row.title}</h3>
            <div className="board__row-areas">{row.areas.map((i) => columns[i])}</div>
          </div>
        ),
      )}
    </div>
  );
});
