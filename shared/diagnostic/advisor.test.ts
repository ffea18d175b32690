import { describe, expect, it } from 'vitest';
import { adviseTargetLevel } from './advisor';

describe('target-level advisor', () => {
  it('suggests Integrated for long complex sales, key accounts and a fast market', () => {
    const advice = adviseTargetLevel({ salesCycle: 'long', keyAccounts: 'high', marketChange: 'fast', firm: 'large', relations: 'workable' });
    expect(advice.level).toBe('Integrated');
    expect(advice.rationale[0]).toMatch(/key accounts/);
    expect(advice.unanswered).toEqual([]);
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

describe('target-level advisor, as the framework reads', () => {
  it('advises staying Undefined for a small firm whose teams already get on informally', () => {
    const advice = adviseTargetLevel({ salesCycle: 'short', keyAccounts: 'low', marketChange: 'stable', firm: 'small', relations: 'friendly' });
    expect(advice.level).toBe('Undefined');
    expect(advice.rationale[0]).toMatch(/no need to disturb/i);
  });

  it('suggests Defined for a small firm with simple sales whose teams rub along with some friction', () => {
    expect(adviseTargetLevel({ salesCycle: 'short', keyAccounts: 'low', marketChange: 'stable', firm: 'small', relations: 'workable' }).level).toBe('Defined');
  });

  it('treats commoditising products or buyers wanting tailored solutions as a reason for Aligned, not Integrated', () => {
    const fast = adviseTargetLevel({ salesCycle: 'medium', keyAccounts: 'some', marketChange: 'fast', firm: 'mid', relations: 'workable' });
    expect(fast.level).toBe('Aligned');
    expect(fast.rationale[0]).toMatch(/commodit/);
    // Even a small friendly firm with simple sales moves past Defined when its market turns that way.
    expect(adviseTargetLevel({ salesCycle: 'short', keyAccounts: 'low', marketChange: 'fast', firm: 'small', relations: 'friendly' }).level).toBe('Aligned');
    // Long sales to a few key accounts still call for Integrated, whatever the market does.
    expect(adviseTargetLevel({ salesCycle: 'long', keyAccounts: 'high', marketChange: 'stable' }).level).toBe('Integrated');
  });

  it('does not describe Aligned with shared metrics, which belong to Integrated', () => {
    const aligned = adviseTargetLevel({});
    expect(aligned.rationale.join(' ')).not.toMatch(/metric/i);
  });
});
