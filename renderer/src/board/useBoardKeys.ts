// The board's keys. On a focused note: arrows move between notes, Shift+arrows move the note (or
// the selection) to another area or up and down, Space selects, Enter edits, Delete deletes, G
// groups, U ungroups, C changes the team, + / − change the tally, Esc clears the selection,
// Ctrl/Cmd+A selects the area's notes. Anywhere on the workshop page, N jumps to the capture box.
import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import { moveNotes, reorderNote, ungroup, updateNote } from '../../../shared/board/edits';
import { NOTE_TEAMS, type Board } from '../../../shared/board/schema';
import { isTypingTarget } from '../keyboard/shortcuts';
import { useAppStore } from '../store/appStore';
import { cycle } from './CaptureBar';

export interface BoardKeyActions {
  /** The latest board and screen order, read when a key is pressed. */
  latest: RefObject<{ board: Board; visualOrder: string[][] }>;
  edit(change: (b: Board) => Board): void;
  /** The notes a command applies to: the selection if the note is in it, else the note alone. */
  targets(id: string): string[];
  focusNote(id: string): void;
  toggleSelected(id: string): void;
  setSelection(ids: string[]): void;
  startEdit(id: string): void;
  group(ids: string[]): void;
  remove(ids: string[]): void;
  tally(id: string, delta: 1 | -1): void;
}

/** The key handler for the board's note list; inactive while a note is being edited. */
export function useBoardKeys(actions: BoardKeyActions, active: boolean) {
  return function onBoardKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (!active || isTypingTarget(event.target)) return;
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-note-id]')?.dataset.noteId;
    if (!id) return;
    const { board, visualOrder: order } = actions.latest.current;
    const areaIndex = order.findIndex((ids) => ids.includes(id));
    const note = board.notes.find((n) => n.id === id);
    if (areaIndex < 0 || !note) return;
    const position = order[areaIndex]!.indexOf(id);
    const key = event.key;
    const mod = event.ctrlKey || event.metaKey;
    const { edit, focusNote } = actions;

    if (event.shiftKey && (key === 'ArrowLeft' || key === 'ArrowRight')) {
      const target = board.areas[areaIndex + (key === 'ArrowLeft' ? -1 : 1)];
      if (target) edit((x) => moveNotes(x, actions.targets(id), target.id));
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
      actions.toggleSelected(id);
    } else if (key === 'Enter' || key === 'F2') {
      actions.startEdit(id);
    } else if (key === 'Delete' || key === 'Backspace') {
      const ids = actions.targets(id);
      const next = order[areaIndex]!.filter((n) => !ids.includes(n))[Math.max(0, position - 1)];
      actions.remove(ids);
      if (next) focusNote(next);
    } else if (key === 'Escape') {
      actions.setSelection([]);
    } else if (mod && key.toLowerCase() === 'a') {
      actions.setSelection(order[areaIndex]!);
    } else if (mod) {
      return;
    } else if (key.toLowerCase() === 'g') {
      actions.group(actions.targets(id));
    } else if (key.toLowerCase() === 'u') {
      if (note.themeId) edit((x) => ungroup(x, note.themeId!));
    } else if (key.toLowerCase() === 'c') {
      edit((x) => updateNote(x, id, { team: cycle(NOTE_TEAMS, note.team, 1) }));
    } else if (key === '+' || key === '=') {
      actions.tally(id, 1);
    } else if (key === '-') {
      actions.tally(id, -1);
    } else return;
    event.preventDefault();
    // Board keys are not app shortcuts (T on a note is not the timer).
    event.stopPropagation();
  };
}

/** N jumps to the capture box from anywhere on the workshop page (not while a dialog is open). */
export function useCaptureShortcut(capture: RefObject<HTMLTextAreaElement | null>) {
  const lockedMode = useAppStore((s) => s.lockedMode);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || lockedMode || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]') || event.key.toLowerCase() !== 'n') return;
      event.preventDefault();
      capture.current?.focus();
      capture.current?.scrollIntoView({ block: 'nearest' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [capture, lockedMode]);
}
