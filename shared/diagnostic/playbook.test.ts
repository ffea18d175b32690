import { describe, expect, it } from 'vitest';
import { PLAYBOOK } from './playbook';
import { STATEMENT_GROUPS } from './statements';

const moveUp = PLAYBOOK.filter((a) => a.step !== 'Sustain');

describe('playbook', () => {
  it('names a frequency for the meeting rhythm: at least quarterly, monthly where possible', () => {
    const rhythm = PLAYBOOK.find((a) => a.id === 'define/meeting-rhythm')!;
    expect(rhythm.detail).toMatch(/quarter/i);
    expect(rhythm.detail).toMatch(/month/i);
  });

  it('gives statement 5 its own move-up action: sales reviews collateral before it is produced', () => {
    const own = moveUp.filter((a) => a.statements.length === 1 && a.statements[0] === 5);
    expect(own).toHaveLength(1);
    expect(own[0]!.detail).toMatch(/sales/i);
    expect(own[0]!.detail).toMatch(/before/i);
  });

  it('has a move-up action for every statement, 19 included', () => {
    for (let s = 1; s <= 20; s++) expect(moveUp.some((a) => a.statements.includes(s)), `statement ${s}`).toBe(true);
  });

  it('cites only sub-scores that contain a statement the action addresses', () => {
    for (const action of PLAYBOOK) {
      for (const group of action.groups) {
        const statements = STATEMENT_GROUPS.find((g) => g.id === group)!.statements;
        expect(action.statements.some((s) => statements.includes(s)), `${action.id} cites ${group}`).toBe(true);
      }
      for (const s of action.statements) {
        const group = STATEMENT_GROUPS.find((g) => g.statements.includes(s))!.id;
        expect(action.groups, `${action.id} addresses statement ${s}`).toContain(group);
      }
    }
  });
});
