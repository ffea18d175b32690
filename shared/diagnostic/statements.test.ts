import { describe, expect, it } from 'vitest';
import { STATEMENT_GROUPS, STATEMENTS, STATEMENT_WORDING } from './statements';

describe('the diagnostic statements', () => {
  it('keeps twenty statements, each in exactly one sub-score group', () => {
    expect(STATEMENTS.map((s) => s.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const grouped = STATEMENT_GROUPS.flatMap((g) => g.statements).sort((a, b) => a - b);
    expect(grouped).toEqual(STATEMENTS.map((s) => s.number));
  });

  it('asks one thing per statement: one sentence, never two directions joined by "and from"', () => {
    for (const s of STATEMENTS) {
      expect(s.text.match(/[.?!]/g), `statement ${s.number}`).toHaveLength(1);
      expect(s.text, `statement ${s.number}`).not.toMatch(/\bfrom \w+ to \w+ and from\b/i);
    }
  });

  it('asks statement 18 about movement between the two teams in either direction', () => {
    const s18 = STATEMENTS[17]!;
    expect(s18.text).toMatch(/between sales and marketing/);
    expect(s18.text).toMatch(/either direction/);
    expect(STATEMENT_WORDING).toMatch(/statement 18/);
    expect(STATEMENT_WORDING).toMatch(/Kotler, Rackham and Krishnaswamy/);
  });
});
