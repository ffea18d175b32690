// Text measuring and wrapping without a font engine.
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from './textMeasure';

describe('text helpers', () => {
  it('estimates Noto Sans widths on the generous side', () => {
    // Measured with fontkit: "Marketing 63.5" is 7.50 em in Noto Sans Bold.
    expect(estimateTextWidth('Marketing 63.5', 16)).toBeGreaterThanOrEqual(7.5 * 16);
    expect(estimateTextWidth('Marketing 63.5', 16)).toBeLessThan(8.5 * 16);
  });

  it('wraps to at most two lines and marks what it cut', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 120, 16);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapText('Common vocabulary', 300, 16)).toEqual(['Common vocabulary']);
  });
});
