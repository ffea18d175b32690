// The one zustand store of the renderer, combined from slices. Actions call the Baton API and
// update the store from its answer; screens select the smallest piece they need.
import { createContext, useContext } from 'react';
import { create, type StateCreator, type UseBoundStore, type StoreApi } from 'zustand';
import type { BatonApi } from '../../../shared/ipc/api';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createNavigationSlice, type NavigationSlice } from './navigationSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createWorkshopsSlice, type WorkshopsSlice } from './workshopsSlice';

export interface ApiSlice {
  api: BatonApi;
  /** A short message for the status line, read out by screen readers. */
  notice: { kind: 'info' | 'error'; text: string } | null;
  notify(kind: 'info' | 'error', text: string): void;
  dismissNotice(): void;
}

export type AppState = ApiSlice & NavigationSlice & WorkshopsSlice & DocumentSlice & SettingsSlice;
export type SliceCreator<S> = StateCreator<AppState, [], [], S>;
export type AppStore = UseBoundStore<StoreApi<AppState>>;

export function createAppStore(api: BatonApi): AppStore {
  return create<AppState>()((...a) => ({
    api,
    notice: null,
    notify: (kind, text) => a[0]({ notice: { kind, text } }),
    dismissNotice: () => a[0]({ notice: null }),
    ...createNavigationSlice(...a),
    ...createWorkshopsSlice(...a),
    ...createDocumentSlice(...a),
    ...createSettingsSlice(...a),
  }));
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
