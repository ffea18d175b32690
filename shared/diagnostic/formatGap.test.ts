import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGap } from './formatGap';

describe('formatGap', () => {
  it('prints two decimals with a plus or a typographic minus', () => {
    expect(formatGap(0.5)).toBe('+0.50');
    expect(formatGap(-1.255)).toBe('−1.25');
    expect(formatGap(0)).toBe('0.00');
  });

  it('prints a hyphen for a negative gap when asked, as the screens do', () => {
    expect(formatGap(-1, { minus: '-' })).toBe('-1.00');
    expect(formatGap(1, { minus: '-' })).toBe('+1.00');
    expect(formatGap(0, { minus: '-' })).toBe('0.00');
  });

  it('marks a zero gap "+" when asked, as the charts do', () => {
    expect(formatGap(0, { zeroSign: '+' })).toBe('+0.00');
    expect(formatGap(-0, { zeroSign: '+' })).toBe('+0.00');
    expect(formatGap(-2, { zeroSign: '+' })).toBe('−2.00');
  });

  it('with a hyphen, reads the same as toFixed with a "+" before positive gaps', () => {
    fc.assert(
      fc.property(fc.double({ min: -4, max: 4, noNaN: true }), (gap) => {
        expect(formatGap(gap, { minus: '-' })).toBe(`${gap > 0 ? '+' : ''}${gap.toFixed(2)}`);
      }),
    );
  });
});
