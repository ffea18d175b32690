// The change between two shown figures, in the same decimals, so "2.9 → 3.1" prints "+0.2" and never
// 0.20000000000000018.
import { differenceOf } from '../diagnostic/rounding';

/**
 * later − earlier of two figures already rounded to `decimals` places, itself exact to those places;
 * null when either is missing.
 */
export function changeOf(earlier: number | null | undefined, later: number | null | undefined, decimals: number): number | null {
  return earlier == null || later == null ? null : differenceOf(later, earlier, decimals);
}
