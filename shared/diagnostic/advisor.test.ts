import { describe, expect, it } from 'vitest';
import { adviseTargetLevel } from './advisor';

describe('target-level advisor', () => {
  it('suggests Integrated for long complex sales, key accounts and a fast market', () => {
    const advice = adviseTargetLevel({ salesCycle: 'long', keyAccounts: 'high', marketChange: 'fast', firm: 'large', relations: 'workable' });
    expect(advice.level).toBe('Integrated');
    expect(advice.rationale[0]).toMatch(/key accounts/);
    expect(advice.unanswered).toEqual([]);
  });

  it('suggests Defined for a small, friendly firm with simple sales in a stable market', () => {
    const advice = adviseTargetLevel({ salesCycle: 'short', keyAccounts: 'low', marketChange: 'stable', firm: 'small', relations: 'friendly' });
    expect(advice.level).toBe('Defined');
  });

  it('suggests Aligned for most companies, including when nothing is answered yet', () => {
    expect(adviseTargetLevel({ salesCycle: 'medium', keyAccounts: 'some', marketChange: 'shifting', firm: 'mid', relations: 'workable' }).level).toBe('Aligned');
    const blank = adviseTargetLevel({});
    expect(blank.level).toBe('Aligned');
    expect(blank.unanswered).toHaveLength(5);
    expect(blank.rationale.at(-1)).toContain('5 of 5 questions are unanswered');
  });

  it('adds a first step about disputes when relations are strained', () => {
    const advice = adviseTargetLevel({ relations: 'strained' });
    expect(advice.rationale.join(' ')).toContain('rules of engagement');
  });

  it('does not suggest Defined to a small firm whose teams do not get on', () => {
    expect(adviseTargetLevel({ salesCycle: 'short', keyAccounts: 'low', marketChange: 'stable', firm: 'small', relations: 'strained' }).level).toBe('Aligned');
  });
});
