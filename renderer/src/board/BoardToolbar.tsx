// The board's controls: undo and redo, what to do with selected notes, private writing and
// reveal, dot voting, and editing the areas.
import { useState } from 'react';
import { useStore } from 'zustand';
import { clearVotes, hiddenSummary, revealAll, setPrivateMode, setVoteBudget } from '../../../shared/board/edits';
import type { Board } from '../../../shared/board/schema';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { historyOf, useAppStore, useStoreApi } from '../store/appStore';

interface BoardToolbarProps {
  board: Board;
  selected: string[];
  tallying: boolean;
  showResults: boolean;
  edit(change: (b: Board) => Board): void;
  onToggleTally(): void;
  onToggleResults(): void;
  onGroup(): void;
  onDelete(): void;
  onMove(areaId: string): void;
  onClearSelection(): void;
  onMode(mode: 'private' | 'voting' | 'areas'): void;
}

export function BoardToolbar(props: BoardToolbarProps) {
  const { board, selected, edit } = props;
  const store = useStoreApi();
  const canUndo = useStore(historyOf(store), (h) => h.pastStates.length > 0);
  const canRedo = useStore(historyOf(store), (h) => h.futureStates.length > 0);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const [confirmClear, setConfirmClear] = useState(false);
  const hidden = hiddenSummary(board);
  const totalVotes = board.ballots.reduce((n, b) => n + b.votes.length, 0) + board.notes.reduce((n, note) => n + note.tally, 0);

  return (
    <div className="board-toolbar">
      <div className="board-toolbar__group" role="group" aria-label="History">
        <button type="button" className="button" disabled={!canUndo} onClick={undo} aria-keyshortcuts="Control+Z Meta+Z">
          Undo
        </button>
        <button type="button" className="button" disabled={!canRedo} onClick={redo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
          Redo
        </button>
      </div>

      {selected.length > 0 && (
        <div className="board-toolbar__group board-toolbar__selection" role="group" aria-label="Selected notes">
          <span>{selected.length} selected</span>
          <label className="visually-hidden" htmlFor="move-selected">
            Move selected notes to
          </label>
          <select
            id="move-selected"
            value=""
            onChange={(e) => {
              if (e.target.value) props.onMove(e.target.value);
            }}
          >
            <option value="">Move to…</option>
            {board.areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={props.onGroup} disabled={selected.length < 1}>
            Group <kbd>G</kbd>
          </button>
          <button type="button" className="button button--danger-text" onClick={props.onDelete}>
            Delete
          </button>
          <button type="button" className="button button--quiet" onClick={props.onClearSelection}>
            Clear selection
          </button>
        </div>
      )}

      <div className="board-toolbar__group" role="group" aria-label="Private writing">
        <label className="checkbox">
          <input type="checkbox" checked={board.privateMode} onChange={(e) => edit((b) => setPrivateMode(b, e.target.checked))} />
          Private mode
        </label>
        {board.privateMode && (
          <button type="button" className="button" onClick={() => props.onMode('private')}>
            Pass the laptop to write
          </button>
        )}
        {hidden.notes > 0 && (
          <>
            <span className="hidden-count" role="status">
              {hidden.notes} hidden note{hidden.notes === 1 ? '' : 's'} from {hidden.people} {hidden.people === 1 ? 'person' : 'people'}
            </span>
            <button type="button" className="button button--primary" onClick={() => edit(revealAll)}>
              Reveal notes
            </button>
          </>
        )}
      </div>

      <div className="board-toolbar__group" role="group" aria-label="Dot voting">
        <label className="board-toolbar__budget">
          Votes each
          <input
            type="number"
            min={1}
            max={20}
            value={board.voteBudget}
            onChange={(e) => {
              const value = Number(e.target.value);
              if (Number.isFinite(value) && value >= 1) edit((b) => setVoteBudget(b, value));
            }}
          />
        </label>
        <button type="button" className="button" onClick={() => props.onMode('voting')}>
          Pass the laptop to vote
        </button>
        <button type="button" className="button" aria-pressed={props.tallying} onClick={props.onToggleTally}>
          Enter tallies
        </button>
        <button type="button" className="button" aria-pressed={props.showResults} onClick={props.onToggleResults}>
          Results by votes
        </button>
        {totalVotes > 0 && (
          <button type="button" className="button button--quiet button--danger-text" onClick={() => setConfirmClear(true)}>
            Clear votes
          </button>
        )}
      </div>

      <button type="button" className="button button--quiet" onClick={() => props.onMode('areas')}>
        Edit areas
      </button>

      {confirmClear && (
        <ConfirmDialog
          title="Clear all votes on this board?"
          message="Tallies and every voter's dots are removed. Undo (Ctrl+Z) brings them back during this session."
          confirmLabel="Clear votes"
          onConfirm={() => edit(clearVotes)}
          onClose={() => setConfirmClear(false)}
        />
      )}
    </div>
  );
}
