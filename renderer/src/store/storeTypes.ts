// The store's shared types and helpers, in a module of their own so the slices can use them
// without importing the store that combines them (appStore.ts imports the slices).
import type { TemporalState } from 'zundo';
import type { StateCreator, StoreApi, UseBoundStore } from 'zustand';
import type { WorkshopDocument } from '../../../shared/workshop/schema';
import type { BatonApi } from '../../../shared/ipc/api';
import type { DocumentSlice } from './documentSlice';
import type { NavigationSlice } from './navigationSlice';
import type { PresenterSlice } from './presenterSlice';
import type { RoomSlice } from './roomSlice';
import type { SettingsSlice } from './settingsSlice';
import type { TemplatesSlice } from './templatesSlice';
import type { WorkshopsSlice } from './workshopsSlice';

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
