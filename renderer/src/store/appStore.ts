// The one zustand store of the renderer, combined from slices. Actions call the Baton API and
// update the store from its answer; screens select the smallest piece they need.
import { createContext, useContext } from 'react';
import { temporal, type TemporalState } from 'zundo';
import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';
import type { WorkshopDocument } from '../../../shared/workshop/schema';
import type { BatonApi } from '../../../shared/ipc/api';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createNavigationSlice, type NavigationSlice } from './navigationSlice';
import { createPresenterSlice, type PresenterSlice } from './presenterSlice';
import { createRoomSlice, type RoomSlice } from './roomSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createTemplatesSlice, type TemplatesSlice } from './templatesSlice';
import { createWorkshopsSlice, type WorkshopsSlice } from './workshopsSlice';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  /** An optional follow-up, e.g. "Undo" after a delete. */
  action?: { label: string; run(): void };
}

export interface ApiSlice {
  api: BatonApi;
  /** A short message for the status line, read out by screen readers. */
  notice: Notice | null;
  notify(kind: Notice['kind'], text: string, action?: Notice['action']): void;
  dismissNotice(): void;
}

export type AppState = ApiSlice & NavigationSlice & WorkshopsSlice & DocumentSlice & SettingsSlice & TemplatesSlice & PresenterSlice & RoomSlice;
export type SliceCreator<S> = StateCreator<AppState, [['temporal', unknown]], [], S>;
/** What undo and redo restore: the open workshop. */
export type UndoableState = Pick<AppState, 'current'>;
export type UndoHistory = StoreApi<TemporalState<UndoableState>>;
export type AppStore = UseBoundStore<StoreApi<AppState>> & { temporal: UndoHistory };

/** zundo types the history inside slices as unknown; this names what it is. */
export const historyOf = (store: { temporal: unknown }): UndoHistory => store.temporal as UndoHistory;

/**
 * Edits to the workshop's content are history; its runtime (timers, current activity) and its
 * stored change time are not, so starting a timer or an autosave never adds an undo step.
 */
export function sameContent(a: WorkshopDocument | null, b: WorkshopDocument | null): boolean {
  if (a === null || b === null) return a === b;
  return (Object.keys(a) as (keyof WorkshopDocument)[]).every((key) => key === 'runtime' || key === 'updatedAt' || a[key] === b[key]);
}

export function createAppStore(api: BatonApi): AppStore {
  return create<AppState>()(
    temporal(
      (...a) => ({
        api,
        notice: null,
        notify: (kind, text, action) => a[0]({ notice: action ? { kind, text, action } : { kind, text } }),
        dismissNotice: () => a[0]({ notice: null }),
        ...createNavigationSlice(...a),
        ...createWorkshopsSlice(...a),
        ...createDocumentSlice(...a),
        ...createSettingsSlice(...a),
        ...createTemplatesSlice(...a),
        ...createPresenterSlice(...a),
        ...createRoomSlice(...a),
      }),
      {
        partialize: (state): UndoableState => ({ current: state.current }),
        equality: (past, present) => sameContent(past.current, present.current),
        limit: 300,
      },
    ),
  ) as AppStore;
}

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreContext provider');
  return store(selector);
}

/** The store itself, for event handlers that read the latest state when they fire. */
export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi needs a StoreContext provider');
  return store;
}
