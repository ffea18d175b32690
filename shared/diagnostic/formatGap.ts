// A perception gap (marketing − sales) as text: two decimals and a sign. The screens and the
// recommendations have always printed a hyphen for a negative gap, the PDF, the CLI and the charts
// a typographic minus; the charts alone mark a zero gap "+". Both are options so each keeps its text.

export interface GapFormat {
  /** The sign of a negative gap; a typographic minus unless told. */
  minus?: '−' | '-';
  /** The sign of a gap that is neither above nor below zero: none unless told. */
  zeroSign?: '+' | '';
}

/** `0.5` → "+0.50", `-1.25` → "−1.25", `0` → "0.00". */
export function formatGap(gap: number, format: GapFormat = {}): string {
  return formatSigned(gap, 2, format);
}

/**
 * Any signed figure the same way, to `decimals` places: a change of a mean between two workshops
 * (`0.2` → "+0.2", one decimal) reads like a gap.
 */
export function formatSigned(value: number, decimals: number, { minus = '−', zeroSign = '' }: GapFormat = {}): string {
  const sign = value > 0 ? '+' : value < 0 ? minus : zeroSign;
  return `${sign}${Math.abs(value).toFixed(decimals)}`;
}
