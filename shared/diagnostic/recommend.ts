// Recommendations: the playbook actions for each step from the current overall level to the
// target, ranked so those addressing the weakest sub-scores and largest gaps come first, each with
// a one-line rationale citing the figures. At or above the target: how to sustain it, plus the
// largest gaps to talk through. When the two teams see different levels, closing that perception
// gap comes first whatever the overall score: a shared picture is the ground every step stands on.
import { formatGap } from './formatGap';
import { levelIndex } from './levels';
import type { DiagnosticResult, Level } from './model';
import { PLAYBOOK, STEP_OF, type PlaybookAction, type RecommendationStep, type Step } from './playbook';
import { STATEMENTS, STATEMENT_GROUPS } from './statements';

export interface Recommendation {
  id: string;
  step: RecommendationStep;
  title: string;
  detail: string;
  rationale: string;
}

const groupName = (id: string) => STATEMENT_GROUPS.find((g) => g.id === id)?.name ?? id;
const fmt2 = (n: number) => n.toFixed(2);

/** Mean of the sales and marketing sub-scores that exist for a group, or null. */
function groupScore(result: DiagnosticResult, group: string): number | null {
  const values = [result.subscores.sales?.[group], result.subscores.marketing?.[group]].filter((v): v is number => v != null);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

function weakestGroup(result: DiagnosticResult, action: PlaybookAction) {
  let weakest: { id: string; score: number } | null = null;
  for (const id of action.groups) {
    const score = groupScore(result, id);
    if (score !== null && (weakest === null || score < weakest.score)) weakest = { id, score };
  }
  return weakest;
}

function largestGap(result: DiagnosticResult, action: PlaybookAction) {
  let largest: { statement: number; gap: number } | null = null;
  for (const statement of action.statements) {
    const gap = result.statements[statement - 1]?.gap;
    if (gap != null && (largest === null || Math.abs(gap) > Math.abs(largest.gap))) largest = { statement, gap };
  }
  return largest;
}

function rationaleFor(result: DiagnosticResult, action: PlaybookAction): string {
  const parts: string[] = [];
  const weakest = weakestGroup(result, action);
  if (weakest) {
    const sales = result.subscores.sales?.[weakest.id];
    const marketing = result.subscores.marketing?.[weakest.id];
    const figures = [sales != null ? `sales ${fmt2(sales)}` : null, marketing != null ? `marketing ${fmt2(marketing)}` : null].filter(Boolean);
    parts.push(`${groupName(weakest.id)} scores ${figures.join(', ')} out of 5`);
  }
  const gap = largestGap(result, action);
  if (gap && Math.abs(gap.gap) >= 0.5) {
    parts.push(`statement ${gap.statement} (${STATEMENTS[gap.statement - 1]!.short}) shows a gap of ${formatGap(gap.gap, { minus: '-' })}`);
  }
  return parts.length ? `${parts.join('; ')}.` : 'Part of this step whatever the scores.';
}

/** Higher is more urgent: weak sub-scores (far below 5) and wide gaps between the teams. */
function urgency(result: DiagnosticResult, action: PlaybookAction): number {
  const weakness = 5 - (weakestGroup(result, action)?.score ?? 3);
  const gap = Math.abs(largestGap(result, action)?.gap ?? 0);
  return weakness + gap;
}

function ranked(result: DiagnosticResult, step: Step): Recommendation[] {
  return PLAYBOOK.filter((a) => a.step === step)
    // Sustaining actions keep the playbook's order: re-assessing comes first whatever the scores.
    .map((action, order) => ({ action, order, urgency: step === 'Sustain' ? 0 : urgency(result, action) }))
    .sort((a, b) => b.urgency - a.urgency || a.order - b.order)
    .map(({ action }) => ({ id: action.id, step, title: action.title, detail: action.detail, rationale: rationaleFor(result, action) }));
}

function gapTalks(result: DiagnosticResult, count: number): Recommendation[] {
  return result.gaps.slice(0, count).map((gap) => {
    const statement = STATEMENTS[gap.statement - 1]!;
    return {
      id: `gap/s${gap.statement}`,
      step: 'Gap' as const,
      title: `Talk through statement ${gap.statement}: ${statement.short}`,
      detail: `Ask each team to explain its rating of “${statement.text.replace(/\.$/, '')}”, then agree what would change the other team's view.`,
      rationale: `Sales rates it ${fmt2(gap.sales)}, marketing ${fmt2(gap.marketing)}: a gap of ${formatGap(gap.gap, { minus: '-' })}.`,
    };
  });
}

/** Points between the team means (as shown, one decimal) from which the teams see the relationship differently. */
export const PERCEPTION_GAP_POINTS = 10;

/** The first recommendation when sales and marketing sit a level apart, or 10 points or more apart. */
function perceptionGap(result: DiagnosticResult): Recommendation | null {
  const { sales, marketing } = result.teams;
  if (!sales || !marketing) return null;
  const points = Math.round(Math.abs(marketing.mean - sales.mean) * 10) / 10;
  if (sales.level === marketing.level && points < PERCEPTION_GAP_POINTS) return null;
  const flagged = result.statements.filter((s) => s.gapFlagged).length;
  const statements = flagged > 0 ? `, and ${flagged} of ${result.statements.length} statements differ by a point or more` : '';
  return {
    id: 'gap/perception',
    step: 'Perception',
    title: 'Work on how differently the teams see the relationship',
    detail:
      'Show both teams their scores side by side, let each explain what it sees that the other does not, and agree the facts before planning any change; then re-run the diagnostic to check the picture has converged.',
    rationale: `Sales scores ${sales.mean.toFixed(1)} (${sales.level}), marketing ${marketing.mean.toFixed(1)} (${marketing.level}): ${points.toFixed(1)} points apart${statements}.`,
  };
}

function byLevel(result: DiagnosticResult, current: Level, target: Level): Recommendation[] {
  const from = levelIndex(current);
  const to = levelIndex(target);
  if (from >= to) return [...ranked(result, 'Sustain'), ...gapTalks(result, 3)];
  const steps: Step[] = [];
  for (let i = from; i < to; i++) steps.push(STEP_OF[(['Undefined', 'Defined', 'Aligned'] as const)[i]!]);
  return steps.flatMap((step) => ranked(result, step));
}

export function recommend(result: DiagnosticResult, target: Level | null): Recommendation[] {
  const current = result.overall.level;
  if (!current || !target) return [];
  const perception = perceptionGap(result);
  return perception ? [perception, ...byLevel(result, current, target)] : byLevel(result, current, target);
}
