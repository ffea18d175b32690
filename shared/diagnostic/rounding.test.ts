import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfAway, roundRatio } from './rounding';

describe('roundRatio', () => {
  it('rounds halves up exactly', () => {
    expect(roundRatio(125, 2)).toBe(63);
    expect(roundRatio(1005, 1000, 2)).toBe(1.01);
    expect(roundRatio(119, 2, 0)).toBe(60);
    expect(roundRatio(1201, 20, 1)).toBe(60.1);
    expect(roundRatio(7, 3, 2)).toBe(2.33);
    expect(roundRatio(8, 3, 2)).toBe(2.67);
  });

  it('agrees with decimal rounding of the exact ratio', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 400 }), (n, d) => {
        const result = roundRatio(n, d, 2);
        // |n/d − result| ≤ 0.005, and a tie goes up.
        const diff = n * 200 - result * 200 * d;
        return Math.abs(Math.round(diff)) <= d && Math.round(diff) !== d;
      }),
    );
  });
});

describe('roundHalfAway', () => {
  it('rounds halves away from zero, symmetric under negation', () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAway(2.5)).toBe(3);
    expect(roundHalfAway(-2.5)).toBe(-3);
  });
});
