// Recommendations: the playbook actions for each step from the current overall level to the
// target, ranked so those addressing the weakest sub-scores and largest gaps come first, each with
// a one-line rationale citing the figures. At or above the target: how to sustain it, plus the
// largest gaps to talk through. When the two teams see different levels, closing that perception
// gap comes first whatever the overall score: a shared picture is the ground every step stands on.
import { formatGap } from './formatGap';
import { levelIndex } from './levels';
import type { DiagnosticResult, Level } from './model';
import { PLAYBOOK, STEP_OF, type PlaybookAction, type RecommendationStep, type Step } from './playbook';
import { differenceOf } from './rounding';
import { STATEMENTS, STATEMENT_GROUPS } from './statements';

/** The figures a recommendation rests on: exactly those its rationale cites, no others. */
export interface RecommendationFigures {
  /** The weakest sub-score the action addresses: each team's and the mean of the two (1–5). */
  subscore: { group: string; sales: number | null; marketing: number | null; mean: number } | null;
  /** The widest gap (marketing − sales) on a statement the action addresses, when half a point or more. */
  gap: { statement: number; gap: number } | null;
  /** The team means, for the perception-gap recommendation. */
  teams: { sales: number; marketing: number; points: number } | null;
}

export interface Recommendation {
  id: string;
  step: RecommendationStep;
  title: string;
  detail: string;
  rationale: string;
  figures: RecommendationFigures;
}

const NO_FIGURES: RecommendationFigures = { subscore: null, gap: null, teams: null };
/** A gap smaller than this is not a reason for an action, so it is neither cited nor weighed. */
const CITED_GAP = 0.5;

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

function figuresFor(result: DiagnosticResult, action: PlaybookAction): RecommendationFigures {
  const weakest = weakestGroup(result, action);
  const gap = largestGap(result, action);
  return {
    subscore: weakest && {
      group: weakest.id,
      sales: result.subscores.sales?.[weakest.id] ?? null,
      marketing: result.subscores.marketing?.[weakest.id] ?? null,
      mean: weakest.score,
    },
    gap: gap && Math.abs(gap.gap) >= CITED_GAP ? gap : null,
    teams: null,
  };
}

/** The rationale says exactly the figures, in words. */
function rationaleOf({ subscore, gap }: RecommendationFigures): string {
  const parts: string[] = [];
  if (subscore) {
    const figures = [subscore.sales != null ? `sales ${fmt2(subscore.sales)}` : null, subscore.marketing != null ? `marketing ${fmt2(subscore.marketing)}` : null].filter(Boolean);
    parts.push(`${groupName(subscore.group)} scores ${figures.join(', ')} out of 5`);
  }
  if (gap) parts.push(`statement ${gap.statement} (${STATEMENTS[gap.statement - 1]!.short}) shows a gap of ${formatGap(gap.gap, { minus: '-' })}`);
  return parts.length ? `${parts.join('; ')}.` : 'Part of this step whatever the scores.';
}

/** Higher is more urgent: weak sub-scores (far below 5) and wide gaps between the teams, as cited. */
function urgency({ subscore, gap }: RecommendationFigures): number {
  return 5 - (subscore?.mean ?? 3) + Math.abs(gap?.gap ?? 0);
}

function ranked(result: DiagnosticResult, step: Step): Recommendation[] {
  return PLAYBOOK.filter((a) => a.step === step)
    .map((action, order) => ({ action, order, figures: figuresFor(result, action) }))
    // Sustaining actions keep the playbook's order: re-assessing comes first whatever the scores.
    .map((a) => ({ ...a, urgency: step === 'Sustain' ? 0 : urgency(a.figures) }))
    .sort((a, b) => b.urgency - a.urgency || a.order - b.order)
    .map(({ action, figures }) => ({ id: action.id, step, title: action.title, detail: action.detail, rationale: rationaleOf(figures), figures }));
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
      figures: { ...NO_FIGURES, gap: { statement: gap.statement, gap: gap.gap } },
    };
  });
}

/** Points between the team means (as shown, one decimal) from which the teams see the relationship differently. */
export const PERCEPTION_GAP_POINTS = 10;

/** The first recommendation when sales and marketing sit a level apart, or 10 points or more apart. */
function perceptionGap(result: DiagnosticResult): Recommendation | null {
  const { sales, marketing } = result.teams;
  if (!sales || !marketing) return null;
  const points = Math.abs(differenceOf(marketing.mean, sales.mean, 1));
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
    figures: { ...NO_FIGURES, teams: { sales: sales.mean, marketing: marketing.mean, points } },
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
