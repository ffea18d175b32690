// The change between two shown figures, in the same decimals, so "2.9 → 3.1" prints "+0.2" and never
// 0.20000000000000018.

/**
 * later − earlier of two figures already rounded to `decimals` places, itself exact to those places;
 * null when either is missing.
 */
export function changeOf(earlier: number | null | undefined, later: number | null | undefined, decimals: number): number | null {
  if (earlier == null || later == null) return null;
  const scale = 10 ** decimals;
  // Both are multiples of 10^-decimals up to representation error; subtract them as whole units.
  const units = Math.round(later * scale) - Math.round(earlier * scale);
  return units / scale || 0;
}
