// The four relationship levels (Kotler, Rackham & Krishnaswamy, HBR 2006) and the score bands.
import type { Level } from './model';

export interface LevelBand {
  level: Level;
  /** Inclusive score range on the 20–100 scale. */
  from: number;
  to: number;
  summary: string;
}

export const LEVEL_BANDS: readonly LevelBand[] = [
  { level: 'Undefined', from: 20, to: 39, summary: 'Each team follows its own agenda; they meet mostly to settle conflicts.' },
  { level: 'Defined', from: 40, to: 59, summary: 'Rules, shared definitions and agreed handoffs keep disputes down.' },
  { level: 'Aligned', from: 60, to: 79, summary: 'Clear but flexible roles, joint planning and a shared language; each team still judged on its own measures.' },
  { level: 'Integrated', from: 80, to: 100, summary: 'Shared processes, metrics, budgets and rewards; marketing shapes strategy with sales.' },
];

/** x < 40 Undefined; x < 60 Defined; x < 80 Aligned; otherwise Integrated. */
export function levelOf(score: number): Level {
  if (score < 40) return 'Undefined';
  if (score < 60) return 'Defined';
  if (score < 80) return 'Aligned';
  return 'Integrated';
}

export function levelIndex(level: Level): number {
  return LEVEL_BANDS.findIndex((band) => band.level === level);
}

export const FRAMEWORK_ATTRIBUTION =
  'Relationship levels after Philip Kotler, Neil Rackham and Suj Krishnaswamy, “Ending the War Between Sales and Marketing”, Harvard Business Review, July–August 2006.';
