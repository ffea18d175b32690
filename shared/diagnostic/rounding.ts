// Exact half-up rounding of fractions. The diagnostic's means are ratios of whole numbers, so
// rounding them with integer arithmetic avoids binary floating-point surprises (1.005 → 1.00).

/** numerator / denominator rounded half up to `decimals` places; both must be ≥ 0, denominator > 0. */
export function roundRatio(numerator: number, denominator: number, decimals = 0): number {
  const scale = 10 ** decimals;
  return Math.floor((2 * numerator * scale + denominator) / (2 * denominator)) / scale;
}

/** Rounds a value half away from zero, so negating the input negates the output exactly. */
export function roundHalfAway(value: number, decimals = 0): number {
  const scale = 10 ** decimals;
  const scaled = Math.abs(value) * scale;
  // The tiny nudge absorbs representation error such as 1.005 * 100 = 100.49999….
  const rounded = Math.floor(scaled + 0.5 + 1e-9) / scale;
  return value < 0 ? -rounded : rounded;
}

/**
 * a − b of two figures already rounded to `decimals` places, itself exact to those places: "2.9 →
 * 3.1" is 0.2, never 0.20000000000000018.
 */
export function differenceOf(a: number, b: number, decimals: number): number {
  const scale = 10 ** decimals;
  // Both are multiples of 10^-decimals up to representation error; subtract them as whole units.
  return (Math.round(a * scale) - Math.round(b * scale)) / scale || 0;
}
