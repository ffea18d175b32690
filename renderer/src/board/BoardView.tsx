// A sticky-note board: quick capture, areas laid out for the activity, notes that move by drag and
// drop (useBoardDrag) or by keyboard (useBoardKeys), themes, private writing and reveal, dot
// voting, and undo for every change. A click focuses a note; Space or Ctrl/Shift+click selects it.
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { updateBoard } from '../../../shared/agenda/edits';
import type { ActivityKind } from '../../../shared/agenda/kinds';
import { addNote, deleteNotes, groupNotes, moveNotes, renameTheme, setTally, ungroup, updateNote } from '../../../shared/board/edits';
import { NOTE_TEAM_LABELS, NOTES_PER_WORKSHOP_MAX, type Board, type NoteTeam } from '../../../shared/board/schema';
import { countNotes } from '../../../shared/workshop/schema';
import { useAppStore, useStoreApi } from '../store/appStore';
import { newItemId, useEditAgenda } from '../workshop/useWorkshop';
import { AreaColumn } from './AreaColumn';
import { AreasDialog } from './AreasDialog';
import { BoardAreas } from './BoardAreas';
import { BoardToolbar } from './BoardToolbar';
import { CaptureBar } from './CaptureBar';
import { GroupDialog } from './GroupDialog';
import { PrivateWriting } from './PrivateWriting';
import { VoteResults } from './VoteResults';
import { VotingSession } from './VotingSession';
import { useBoardDrag } from './useBoardDrag';
import { useBoardKeys, useCaptureShortcut } from './useBoardKeys';
import { useBoardModel } from './useBoardModel';

interface BoardViewProps {
  activityId: string;
  board: Board;
  kind: ActivityKind;
}

type Mode = null | 'private' | 'voting' | 'areas';

export function BoardView({ activityId, board, kind }: BoardViewProps) {
  const editAgenda = useEditAgenda();
  const store = useStoreApi();
  const notify = useAppStore((s) => s.notify);
  const undo = useAppStore((s) => s.undo);
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
  const captureRef = useRef<HTMLTextAreaElement>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const focusWanted = useRef(false);
  const scrollToNew = useRef<string | null>(null);

  const model = useBoardModel(board);
  const { counts, themeTotals, notesByArea, themesByArea, visualOrder } = model;
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
    const note = (id: string) => boardRef.current?.querySelector<HTMLElement>(`[data-note-id="${id}"]`);
    // A note just added is scrolled into view, so the room sees it land.
    if (scrollToNew.current) {
      note(scrollToNew.current)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      scrollToNew.current = null;
    }
    if (!focusWanted.current || !focusId) return;
    focusWanted.current = false;
    note(focusId)?.focus();
  });

  const focusNote = useCallback((id: string | null) => {
    focusWanted.current = true;
    setFocusId(id);
  }, []);

  const targets = useCallback((id: string) => (latest.current.selected.has(id) ? [...latest.current.selected] : [id]), []);

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

  const toggleSelected = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const handlers = useMemo(
    () => ({
      // A plain click makes the note the one the keys act on; only Ctrl/Cmd/Shift+click selects,
      // as Space does, so Space after a click selects the note instead of undoing the click.
      onSelect(id: string, additive: boolean) {
        setFocusId(id);
        if (additive) toggleSelected(id);
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
    [edit, focusNote, toggleSelected],
  );

  function addFromCapture(text: string): boolean {
    if (!canAdd()) return false;
    const id = newItemId();
    edit((b) => addNote(b, { id, areaId, text, team, hidden: b.privateMode }));
    scrollToNew.current = id;
    return true;
  }

  const onBoardKeyDown = useBoardKeys(
    {
      latest,
      edit,
      targets,
      focusNote,
      toggleSelected,
      setSelection: (ids) => setSelected(new Set(ids)),
      startEdit: setEditingId,
      group: setGrouping,
      remove: removeNotes,
      tally: handlers.onTally,
    },
    !editingId,
  );
  useCaptureShortcut(captureRef);
  const drag = useBoardDrag({ latest, edit, targets });

  const areaProps = { counts, themeTotals, selected, tabbableId, editingId, tallying, ...handlers };
  const columns = board.areas.map((area) => (
    <AreaColumn
      key={area.id}
      area={area}
      notes={notesByArea.get(area.id) ?? []}
      themes={themesByArea.get(area.id) ?? []}
      capturing={area.id === areaId}
      {...areaProps}
    />
  ));
  const dragged = drag.dragged;

  return (
    <section className="board" aria-label="Board">
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
      {showResults && <VoteResults board={board} onClose={() => setShowResults(false)} />}
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
      <DndContext {...drag.contextProps}>
        <BoardAreas ref={boardRef} kind={kind} areas={board.areas} columns={columns} grabbedRef={drag.grabbedRef} onKeyDown={onBoardKeyDown} />
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
