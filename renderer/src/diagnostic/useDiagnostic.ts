// The open workshop's diagnostic: its state, the analysis derived from it (memoised per change),
// and an editor that applies a pure change from shared/diagnostic/edits and autosaves.
import { useCallback, useMemo } from 'react';
import { analyseDiagnostic } from '../../../shared/diagnostic/analysis';
import type { DiagnosticState } from '../../../shared/diagnostic/schema';
import { emptyDiagnostic } from '../../../shared/diagnostic/schema';
import { useAppStore } from '../store/appStore';

export function useDiagnosticState(): DiagnosticState {
  return useAppStore((s) => s.current?.diagnostic ?? emptyDiagnostic);
}

export function useAnonymous(): boolean {
  return useAppStore((s) => s.current?.settings.anonymous ?? false);
}

export function useDiagnosticAnalysis() {
  const state = useDiagnosticState();
  const anonymous = useAnonymous();
  return useMemo(() => analyseDiagnostic(state, { anonymous }), [state, anonymous]);
}

export function useEditDiagnostic() {
  const editWorkshop = useAppStore((s) => s.editWorkshop);
  return useCallback(
    (change: (state: DiagnosticState) => DiagnosticState) => editWorkshop((doc) => ({ ...doc, diagnostic: change(doc.diagnostic) })),
    [editWorkshop],
  );
}
