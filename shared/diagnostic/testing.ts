// Builders for diagnostic tests: participants with given totals or answer patterns.
import type { Answer, DiagnosticParticipant, DiagnosticTeam } from './model';

let next = 0;

export function participant(team: DiagnosticTeam, answers: Answer[], name = ''): DiagnosticParticipant {
  return { id: `p-${String(++next).padStart(8, '0')}`, name, team, answers };
}

/** Twenty answers summing to `total` (20–100), as even as possible. */
export function answersWithTotal(total: number): Answer[] {
  const base = Math.floor(total / 20);
  const extra = total - base * 20;
  return Array.from({ length: 20 }, (_, i) => (base + (i < extra ? 1 : 0)) as Answer);
}

export const all = (value: Exclude<Answer, null>): Answer[] => Array(20).fill(value);

/** `answers` with the first `count` statements skipped. */
export function skipping(count: number, answers: Answer[]): Answer[] {
  return answers.map((a, i) => (i < count ? null : a));
}
