// A sticky-note board: quick capture, areas laid out for the activity, notes that move by drag and
// drop or by keyboard, themes, private writing and reveal, dot voting, and undo for every change.
//
// Keys on a focused note: arrows move between notes, Shift+arrows move the note (or the selection)
// to another area or up and down, Space selects, Enter edits, Delete deletes, G groups the
// selection into a theme, U ungroups, C changes the team, + / − change the tally, Esc clears the
// selection. N jumps to the capture box.
import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { updateBoard } from '../../../shared/agenda/edits';
import type { ActivityKind } from '../../../shared/agenda/kinds';
import {
  addNote,
  addToTheme,
  deleteNotes,
  groupNotes,
  moveNotes,
  renameTheme,
  reorderNote,
  setTally,
  ungroup,
  updateNote,
} from '../../../shared/board/edits';
import { NOTE_TEAMS, NOTE_TEAM_LABELS, NOTES_PER_WORKSHOP_MAX, type Board, type Note, type NoteTeam } from '../../../shared/board/schema';
import { themeVotes, voteCounts } from '../../../shared/board/votes';
import { countNotes } from '../../../shared/workshop/schema';
import { isTypingTarget } from '../keyboard/shortcuts';
import { useAppStore, useStoreApi } from '../store/appStore';
import { newItemId, useEditAgenda } from '../workshop/useWorkshop';
import { AreaColumn } from './AreaColumn';
import { AreasDialog } from './AreasDialog';
import { BoardToolbar } from './BoardToolbar';
import { CaptureBar, cycle } from './CaptureBar';
import { innermostTarget, noteAt } from './collision';
import { GroupDialog } from './GroupDialog';
import { PrivateWriting } from './PrivateWriting';
import { VoteResults } from './VoteResults';
import { VotingSession } from './VotingSession';

interface BoardViewProps {
  activityId: string;
  board: Board;
  kind: ActivityKind;
  presenting?: boolean;
}

type Mode = null | 'private' | 'voting' | 'areas';

const layoutOf = (kind: ActivityKind) => (kind === 'perceptions' ? 'perceptions' : kind === 'friction' ? 'friction' : 'columns');

export function BoardView({ activityId, board, kind, presenting = false }: BoardViewProps) {
  const editAgenda = useEditAgenda();
  const store = useStoreApi();
  const notify = useAppStore((s) => s.notify);
  const undo = useAppStore((s) => s.undo);
  const setDragging = useAppStore((s) => s.setDragging);
  const lockedMode = useAppStore((s) => s.lockedMode);
  const edit = useCallback((change: (b: Board) => Board) => editAgenda((agenda) => updateBoard(agenda, activityId, change)), [editAgenda, activityId]);

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [captureAreaId, setCaptureAreaId] = useState(board.areas[0]!.id);
  const [team, setTeam] = useState<NoteTeam>('sales');
  const [tallying, setTallying] = useState(false);
  const [showResults, setShowResults] = useState(false);
  const [mode, setMode] = useState<Mode>(null);
  const [grouping, setGrouping] = useState<string[] | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const captureRef = useRef<HTMLTextAreaElement>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const focusWanted = useRef(false);

  const counts = useMemo(() => voteCounts(board), [board]);
  const themeTotals = useMemo(() => themeVotes(board, counts), [board, counts]);
  const notesByArea = useMemo(() => {
    const map = new Map<string, Note[]>(board.areas.map((a) => [a.id, []]));
    for (const note of board.notes) if (!note.hidden) map.get(note.areaId)?.push(note);
    return map;
  }, [board.areas, board.notes]);
  const themesByArea = useMemo(() => {
    const map = new Map(board.areas.map((a) => [a.id, board.themes.filter((t) => t.areaId === a.id)]));
    return map;
  }, [board.areas, board.themes]);
  // Notes in the order they appear on screen (themes first, then loose notes), per area.
  const visualOrder = useMemo(
    () =>
      board.areas.map((area) => {
        const notes = notesByArea.get(area.id) ?? [];
        const inThemes = (themesByArea.get(area.id) ?? []).flatMap((t) => notes.filter((n) => n.themeId === t.id));
        return [...inThemes, ...notes.filter((n) => !n.themeId)].map((n) => n.id);
      }),
    [board.areas, notesByArea, themesByArea],
  );
  const areaId = board.areas.some((a) => a.id === captureAreaId) ? captureAreaId : board.areas[0]!.id;
  const allVisible = visualOrder.flat();
  const tabbableId = focusId && allVisible.includes(focusId) ? focusId : (allVisible[0] ?? null);

  // The latest state for the stable handlers below (they must not change, or every note re-renders).
  const latest = useRef({ board, selected, visualOrder });
  useLayoutEffect(() => {
    latest.current = { board, selected, visualOrder };
  });

  // Lets the benchmark time a board from click to first paint (npm run bench).
  useLayoutEffect(() => {
    performance.mark('baton:board-mounted');
  }, []);

  useEffect(() => {
    if (!focusWanted.current || !focusId) return;
    focusWanted.current = false;
    boardRef.current?.querySelector<HTMLElement>(`[data-note-id="${focusId}"]`)?.focus();
  });

  const focusNote = useCallback((id: string | null) => {
    focusWanted.current = true;
    setFocusId(id);
  }, []);

  const targets = (id: string) => (latest.current.selected.has(id) ? [...latest.current.selected] : [id]);

  const canAdd = useCallback(() => {
    const doc = store.getState().current;
    const total = doc ? countNotes(doc) : 0;
    if (total < NOTES_PER_WORKSHOP_MAX) return true;
    notify('error', `This workshop already holds ${NOTES_PER_WORKSHOP_MAX.toLocaleString()} notes, the most one workshop can keep. Delete some, or use another workshop.`);
    return false;
  }, [store, notify]);

  const removeNotes = useCallback(
    (ids: string[]) => {
      edit((b) => deleteNotes(b, ids));
      setSelected(new Set());
      notify('info', `Deleted ${ids.length === 1 ? 'a note' : `${ids.length} notes`}.`, { label: 'Undo', run: undo });
    },
    [edit, notify, undo],
  );

  const handlers = useMemo(
    () => ({
      onSelect(id: string, additive: boolean) {
        setFocusId(id);
        setSelected((current) => {
          if (!additive) return current.size === 1 && current.has(id) ? new Set() : new Set([id]);
          const next = new Set(current);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        });
      },
      onStartEdit: (id: string) => setEditingId(id),
      onCommitEdit(id: string, text: string | null) {
        setEditingId(null);
        if (text !== null) edit((b) => updateNote(b, id, { text }));
        focusNote(id);
      },
      onTally(id: string, delta: 1 | -1) {
        const note = latest.current.board.notes.find((n) => n.id === id);
        if (note) edit((b) => setTally(b, id, note.tally + delta));
      },
      onRenameTheme: (themeId: string, name: string) => edit((b) => renameTheme(b, themeId, name)),
      onUngroup: (themeId: string) => edit((b) => ungroup(b, themeId)),
    }),
    [edit, focusNote],
  );

  function addFromCapture(text: string): boolean {
    if (!canAdd()) return false;
    edit((b) => addNote(b, { id: newItemId(), areaId, text, team, hidden: b.privateMode }));
    return true;
  }

  function onBoardKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (presenting || editingId || isTypingTarget(event.target)) return;
    const element = (event.target as HTMLElement).closest<HTMLElement>('[data-note-id]');
    const id = element?.dataset.noteId;
    if (!id) return;
    const { board: b, visualOrder: order } = latest.current;
    const areaIndex = order.findIndex((ids) => ids.includes(id));
    const position = order[areaIndex]!.indexOf(id);
    const note = b.notes.find((n) => n.id === id)!;
    const key = event.key;
    const mod = event.ctrlKey || event.metaKey;

    if (event.shiftKey && (key === 'ArrowLeft' || key === 'ArrowRight')) {
      const target = b.areas[areaIndex + (key === 'ArrowLeft' ? -1 : 1)];
      if (target) edit((x) => moveNotes(x, targets(id), target.id));
      focusNote(id);
    } else if (event.shiftKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      edit((x) => reorderNote(x, id, key === 'ArrowUp' ? -1 : 1));
      focusNote(id);
    } else if (key === 'ArrowDown' || key === 'ArrowUp') {
      const next = order[areaIndex]![position + (key === 'ArrowDown' ? 1 : -1)];
      if (next) focusNote(next);
    } else if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let i = areaIndex + step; i >= 0 && i < order.length; i += step) {
        const ids = order[i]!;
        if (ids.length > 0) {
          focusNote(ids[Math.min(position, ids.length - 1)]!);
          break;
        }
      }
    } else if (key === ' ') {
      handlers.onSelect(id, true);
    } else if (key === 'Enter' || key === 'F2') {
      setEditingId(id);
    } else if (key === 'Delete' || key === 'Backspace') {
      const ids = targets(id);
      const next = order[areaIndex]!.filter((n) => !ids.includes(n))[Math.max(0, position - 1)];
      removeNotes(ids);
      if (next) focusNote(next);
    } else if (key === 'Escape') {
      setSelected(new Set());
    } else if (mod && key.toLowerCase() === 'a') {
      setSelected(new Set(order[areaIndex]));
    } else if (mod) {
      return;
    } else if (key.toLowerCase() === 'g') {
      setGrouping(targets(id));
    } else if (key.toLowerCase() === 'u') {
      if (note.themeId) edit((x) => ungroup(x, note.themeId!));
    } else if (key.toLowerCase() === 'c') {
      edit((x) => updateNote(x, id, { team: cycle(NOTE_TEAMS, note.team, 1) }));
    } else if (key === '+' || key === '=') {
      handlers.onTally(id, 1);
    } else if (key === '-') {
      handlers.onTally(id, -1);
    } else return;
    event.preventDefault();
    // Board keys are not app shortcuts (T on a note is not the timer).
    event.stopPropagation();
  }

  // N jumps to the capture box from anywhere on the workshop page.
  useEffect(() => {
    if (presenting) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (lockedMode || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]') || event.key.toLowerCase() !== 'n') return;
      event.preventDefault();
      captureRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, lockedMode]);

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  // The note a drop would group with, marked on the page directly: as React state it would
  // re-render the board each time the pointer crossed a note.
  const dropNote = useRef<HTMLElement | null>(null);
  function markDropNote(element: HTMLElement | null) {
    if (dropNote.current === element) return;
    dropNote.current?.classList.remove('is-drop-target');
    element?.classList.add('is-drop-target');
    dropNote.current = element;
  }

  function onDragStart(event: DragStartEvent) {
    setDragId(String(event.active.id));
    setDragging(true);
  }

  function onDragMove(event: DragMoveEvent) {
    const start = event.activatorEvent as PointerEvent;
    markDropNote(noteAt(start.clientX + event.delta.x, start.clientY + event.delta.y, targets(String(event.active.id))));
  }

  function onDragEnd(event: DragEndEvent) {
    setDragId(null);
    const over = event.over ? String(event.over.id) : null;
    const ids = targets(String(event.active.id));
    const onNote = dropNote.current?.dataset.noteId;
    markDropNote(null);
    const target = onNote ? board.notes.find((n) => n.id === onNote) : undefined;
    if (target) {
      if (target.themeId) edit((b) => addToTheme(b, ids, target.themeId!));
      else {
        const name = `Theme ${board.themes.length + 1}`;
        edit((b) => groupNotes(b, [target.id, ...ids], { id: newItemId(), name }));
        notify('info', `Grouped into “${name}”. Rename it from its header.`, { label: 'Undo', run: undo });
      }
    } else if (over?.startsWith('theme:')) {
      edit((b) => addToTheme(b, ids, over.slice(6)));
    } else if (over?.startsWith('area:')) {
      edit((b) => moveNotes(b, ids, over.slice(5)));
    }
    setDragging(false);
  }

  function onDragCancel() {
    markDropNote(null);
    setDragId(null);
    setDragging(false);
  }

  const dragged = dragId ? board.notes.find((n) => n.id === dragId) : undefined;
  const layout = layoutOf(kind);
  const areaProps = {
    counts,
    themeTotals,
    selected,
    tabbableId,
    editingId,
    tallying,
    readOnly: presenting,
    ...handlers,
  };

  const columns = board.areas.map((area) => (
    <AreaColumn
      key={area.id}
      area={area}
      notes={notesByArea.get(area.id) ?? []}
      themes={themesByArea.get(area.id) ?? []}
      capturing={!presenting && area.id === areaId}
      {...areaProps}
    />
  ));

  return (
    <section className={`board${presenting ? ' board--presenting' : ''}`} aria-label="Board">
      {!presenting && (
        <BoardToolbar
          board={board}
          selected={[...selected]}
          tallying={tallying}
          showResults={showResults}
          edit={edit}
          onToggleTally={() => setTallying((t) => !t)}
          onToggleResults={() => setShowResults((r) => !r)}
          onGroup={() => setGrouping([...selected])}
          onDelete={() => removeNotes([...selected])}
          onMove={(target) => edit((b) => moveNotes(b, [...selected], target))}
          onClearSelection={() => setSelected(new Set())}
          onMode={setMode}
        />
      )}
      {!presenting && (
        <CaptureBar
          ref={captureRef}
          areas={board.areas}
          areaId={areaId}
          team={team}
          hidden={board.privateMode}
          onAreaChange={setCaptureAreaId}
          onTeamChange={setTeam}
          onAdd={addFromCapture}
        />
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={innermostTarget}
        onDragStart={onDragStart}
        onDragMove={onDragMove}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
      >
        {/* Focusable so the areas can be scrolled sideways by keyboard even while they hold no notes. */}
        <div
          ref={boardRef}
          className={`board__areas board__areas--${layout}`}
          onKeyDown={onBoardKeyDown}
          tabIndex={0}
          role="group"
          aria-label="Board areas"
        >
          {layout === 'perceptions' ? (
            <>
              <h3 className="board__row-title">About sales</h3>
              {columns.slice(0, 3)}
              <h3 className="board__row-title">About marketing</h3>
              {columns.slice(3)}
            </>
          ) : layout === 'friction' ? (
            (['economic', 'cultural'] as const).map((family) => {
              const inFamily = board.areas.map((a, i) => ({ a, i })).filter(({ a }) => (a.family ?? 'cultural') === family);
              return inFamily.length === 0 ? null : (
                <div key={family} className="board__family">
                  <h3 className="board__row-title">{family === 'economic' ? 'Economic tensions' : 'Cultural tensions'}</h3>
                  <div className="board__family-areas">{inFamily.map(({ i }) => columns[i])}</div>
                </div>
              );
            })
          ) : (
            columns
          )}
        </div>
        <DragOverlay>
          {dragged && (
            <div className={`note note--${dragged.team} note--overlay`}>
              <span className="note__team">{NOTE_TEAM_LABELS[dragged.team]}</span>
              <p className="note__text">{dragged.text}</p>
              {selected.has(dragged.id) && selected.size > 1 && <span className="note__stack">+{selected.size - 1}</span>}
            </div>
          )}
        </DragOverlay>
      </DndContext>
      {showResults && !presenting && <VoteResults board={board} />}
      {grouping && (
        <GroupDialog
          count={grouping.length}
          suggestion={`Theme ${board.themes.length + 1}`}
          onGroup={(name) => {
            edit((b) => groupNotes(b, grouping, { id: newItemId(), name }));
            setSelected(new Set());
          }}
          onClose={() => setGrouping(null)}
        />
      )}
      {mode === 'private' && <PrivateWriting board={board} edit={edit} newId={newItemId} canAdd={canAdd} onExit={() => setMode(null)} />}
      {mode === 'voting' && <VotingSession board={board} edit={edit} newId={newItemId} onExit={() => setMode(null)} />}
      {mode === 'areas' && <AreasDialog board={board} edit={edit} newId={newItemId} onClose={() => setMode(null)} />}
    </section>
  );
}
