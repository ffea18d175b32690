// Selectors and editors for the open workshop's agenda, shared by the workshop screens.
import { useCallback } from 'react';
import type { Runtime, Activity } from '../../../shared/agenda/schema';
import { useAppStore } from '../store/appStore';

const noActivities: Activity[] = [];

export function useAgenda(): Activity[] {
  return useAppStore((s) => s.current?.agenda ?? noActivities);
}

export function useRuntime(): Runtime | undefined {
  return useAppStore((s) => s.current?.runtime);
}

export function useActivity(id: string | null | undefined): Activity | undefined {
  return useAppStore((s) => (id ? s.current?.agenda.find((a) => a.id === id) : undefined));
}

export function useCurrentActivityId(): string | null {
  return useAppStore((s) => s.current?.runtime.currentActivityId ?? null);
}

export function useEditAgenda() {
  const editWorkshop = useAppStore((s) => s.editWorkshop);
  return useCallback((change: (agenda: Activity[]) => Activity[]) => editWorkshop((doc) => ({ ...doc, agenda: change(doc.agenda) })), [editWorkshop]);
}

export const newItemId = () => crypto.randomUUID();
