// Everything the screens and the report show about a workshop's diagnostic, from one call, so a
// figure on screen and in the PDF can never disagree.
import { adviseTargetLevel, type TargetAdvice, type TargetLevel } from './advisor';
import type { DiagnosticResult } from './model';
import { recommend, type Recommendation } from './recommend';
import type { DiagnosticState } from './schema';
import { scoreDiagnostic } from './score';
import { whereToStart, type RecommendationSplit } from './whereToStart';

export interface DiagnosticAnalysis {
  result: DiagnosticResult;
  advice: TargetAdvice;
  /** The facilitator's choice, else the advisor's suggestion. */
  target: TargetLevel;
  targetChosen: boolean;
  recommendations: Recommendation[];
  /** The few recommendations the data points to first, and the rest. */
  whereToStart: RecommendationSplit;
}

export function analyseDiagnostic(state: DiagnosticState, options: { anonymous?: boolean } = {}): DiagnosticAnalysis {
  const result = scoreDiagnostic(state.participants, options);
  const advice = adviseTargetLevel(state.advisor);
  const target = state.targetLevel ?? advice.level;
  const recommendations = recommend(result, target);
  return { result, advice, target, targetChosen: state.targetLevel !== null, recommendations, whereToStart: whereToStart(recommendations, target) };
}
