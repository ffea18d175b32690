// "Where to start": the few recommendations the data points to first; the rest are further
// recommendations, shown on request on screen and under their own heading in the PDF.
//
// The rule, in order:
// 1. The perception-gap recommendation, whenever it fires: the teams must share a picture first.
// 2. From the nearest step (the next level up; at or above the target, sustaining and the gap
//    talks), the recommendations whose driving figures are furthest from the target: how far the
//    sub-score they address falls short of the target's mean answer (the level's lowest total ÷ 20:
//    Defined 2, Aligned 3, Integrated 4), plus the size of the gap between the teams they address.
//    Ties keep the list's order; a recommendation whose figures already meet the target is not picked.
// 3. At most WHERE_TO_START_MAX in all; if nothing qualifies, the first recommendation of the list.
import { LEVEL_BANDS } from './levels';
import type { Level } from './model';
import type { Recommendation } from './recommend';

export const WHERE_TO_START_MAX = 3;

/** The mean answer (1–5) a level's lowest total stands for. */
export function targetAnswer(target: Level): number {
  return LEVEL_BANDS.find((b) => b.level === target)!.from / 20;
}

/** How far a recommendation's driving figures are from the target, in answer points (0 when they meet it). */
export function distanceFromTarget(recommendation: Recommendation, target: Level): number {
  const { subscore, gap } = recommendation.figures;
  const shortfall = subscore ? Math.max(0, targetAnswer(target) - subscore.mean) : 0;
  // Rounded so that sums of two-decimal figures compare as the figures shown do.
  return Math.round((shortfall + Math.abs(gap?.gap ?? 0)) * 100) / 100;
}

export interface RecommendationSplit {
  /** Where to start, in the order to take them. */
  first: Recommendation[];
  /** Every other recommendation, in the list's order. */
  further: Recommendation[];
}

export function whereToStart(recommendations: readonly Recommendation[], target: Level | null): RecommendationSplit {
  if (recommendations.length === 0 || target === null) return { first: [], further: [...recommendations] };
  const first = recommendations.filter((r) => r.step === 'Perception');
  const nearest = recommendations.find((r) => r.step !== 'Perception')?.step;
  const atTarget = nearest === 'Sustain' || nearest === 'Gap';
  const candidates = recommendations
    .map((r, order) => ({ r, order, distance: distanceFromTarget(r, target) }))
    .filter(({ r, distance }) => distance > 0 && (atTarget ? r.step === 'Sustain' || r.step === 'Gap' : r.step === nearest))
    .sort((a, b) => b.distance - a.distance || a.order - b.order);
  for (const { r } of candidates) if (first.length < WHERE_TO_START_MAX) first.push(r);
  if (first.length === 0) first.push(recommendations[0]!);
  return { first, further: recommendations.filter((r) => !first.includes(r)) };
}
