// Changes to a workshop's diagnostic, as pure functions the renderer applies before autosaving.
import type { AdvisorAnswers, AdvisorQuestionId, TargetLevel } from './advisor';
import type { Answer, DiagnosticTeam, ParticipantRole } from './model';
import { STATEMENT_COUNT } from './model';
import type { DiagnosticState } from './schema';

export const blankAnswers = (): Answer[] => Array<Answer>(STATEMENT_COUNT).fill(null);

export function addParticipant(
  state: DiagnosticState,
  participant: { id: string; name: string; team: DiagnosticTeam; role?: ParticipantRole | null; answers?: Answer[] },
): DiagnosticState {
  const { answers = blankAnswers(), role = null, ...rest } = participant;
  return { ...state, participants: [...state.participants, { ...rest, role, name: rest.name.trim(), answers: [...answers] }] };
}

export function removeParticipant(state: DiagnosticState, id: string): DiagnosticState {
  return { ...state, participants: state.participants.filter((p) => p.id !== id) };
}

export function updateParticipant(
  state: DiagnosticState,
  id: string,
  change: Partial<{ name: string; team: DiagnosticTeam; role: ParticipantRole | null }>,
): DiagnosticState {
  return { ...state, participants: state.participants.map((p) => (p.id === id ? { ...p, ...change } : p)) };
}

/** Sets (or clears, with null) one answer; `statement` is 1–20. */
export function setAnswer(state: DiagnosticState, id: string, statement: number, answer: Answer): DiagnosticState {
  return {
    ...state,
    participants: state.participants.map((p) =>
      p.id === id ? { ...p, answers: p.answers.map((a, i) => (i === statement - 1 ? answer : a)) } : p,
    ),
  };
}

export function setAdvisorAnswer(state: DiagnosticState, question: AdvisorQuestionId, value: string): DiagnosticState {
  const advisor: AdvisorAnswers = { ...state.advisor, [question]: value };
  return { ...state, advisor };
}

export function setTargetLevel(state: DiagnosticState, targetLevel: TargetLevel | null): DiagnosticState {
  return { ...state, targetLevel };
}
