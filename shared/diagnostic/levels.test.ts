import { describe, expect, it } from 'vitest';
import { LEVEL_BANDS } from './levels';

describe('level descriptions', () => {
  it('keeps shared metrics for Integrated, not Aligned', () => {
    const summary = (level: string) => LEVEL_BANDS.find((b) => b.level === level)!.summary;
    expect(summary('Aligned')).not.toMatch(/metric/i);
    expect(summary('Integrated')).toMatch(/metric/i);
  });
});
