// The open workshop's link to the earlier workshop it follows up: which one it is (from the
// workshop list), and linking or unlinking it as an undoable edit that autosaves like any other.
import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { WorkshopSummary } from '../../../shared/workshop/schema';
import { useAppStore } from '../store/appStore';

export type EarlierLinkState =
  | { kind: 'none' }
  /** The workshop list is still loading. */
  | { kind: 'loading'; id: string }
  | { kind: 'here'; id: string; summary: WorkshopSummary }
  /** Linked to a workshop that is no longer in the list (deleted, or from another machine). */
  | { kind: 'gone'; id: string }
  /** Linked to a workshop whose file could not be read (the home screen lists it as a problem). */
  | { kind: 'unreadable'; id: string; message: string };

export function useEarlierLink() {
  const { earlierId, workshops, problems, listStatus, editWorkshop, notify, undo } = useAppStore(
    useShallow((s) => ({
      earlierId: s.current?.earlierWorkshopId ?? null,
      workshops: s.workshops,
      problems: s.problems,
      listStatus: s.listStatus,
      editWorkshop: s.editWorkshop,
      notify: s.notify,
      undo: s.undo,
    })),
  );

  let state: EarlierLinkState = { kind: 'none' };
  if (earlierId) {
    const summary = workshops.find((w) => w.id === earlierId);
    const problem = problems.find((p) => p.id === earlierId);
    if (summary) state = { kind: 'here', id: earlierId, summary };
    else if (listStatus === 'loading') state = { kind: 'loading', id: earlierId };
    else state = problem ? { kind: 'unreadable', id: earlierId, message: problem.message } : { kind: 'gone', id: earlierId };
  }

  const link = useCallback(
    (earlier: WorkshopSummary) => {
      editWorkshop((doc) => ({ ...doc, earlierWorkshopId: earlier.id }));
      notify('info', `Linked to “${earlier.title}”.`, { label: 'Undo', run: undo });
    },
    [editWorkshop, notify, undo],
  );
  const unlink = useCallback(() => {
    editWorkshop((doc) => ({ ...doc, earlierWorkshopId: null }));
    notify('info', 'No longer linked to an earlier workshop.', { label: 'Undo', run: undo });
  }, [editWorkshop, notify, undo]);

  return { state, link, unlink };
}
