// The one zustand store of the renderer, combined from slices. Actions call the Baton API and
// update the store from its answer; screens select the smallest piece they need.
import { createContext, useContext } from 'react';
import { temporal } from 'zundo';
import { create } from 'zustand';
import type { BatonApi } from '../../../shared/ipc/api';
import { createDocumentSlice } from './documentSlice';
import { createNavigationSlice } from './navigationSlice';
import { createPresenterSlice } from './presenterSlice';
import { createRoomSlice } from './roomSlice';
import { createSettingsSlice } from './settingsSlice';
import { createTemplatesSlice } from './templatesSlice';
import { createWorkshopsSlice } from './workshopsSlice';
import { sameContent, type AppState, type AppStore, type UndoableState } from './storeTypes';

export { historyOf, type AppState, type AppStore, type Notice } from './storeTypes';

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
