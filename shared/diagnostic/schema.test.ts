import { describe, expect, it } from 'vitest';
import { diagnosticParticipantSchema } from './schema';

const answers = Array(20).fill(3);

describe('diagnosticParticipantSchema', () => {
  it('loads a participant saved before roles existed with the role unset', () => {
    expect(diagnosticParticipantSchema.parse({ id: 'p1', name: 'Ann', team: 'sales', answers }).role).toBeNull();
  });

  it('keeps a head or staff role and refuses any other', () => {
    expect(diagnosticParticipantSchema.parse({ id: 'p1', team: 'sales', role: 'head', answers }).role).toBe('head');
    expect(diagnosticParticipantSchema.parse({ id: 'p1', team: 'sales', role: 'staff', answers }).role).toBe('staff');
    const refused = diagnosticParticipantSchema.safeParse({ id: 'p1', team: 'sales', role: 'boss', answers });
    expect(refused.success || refused.error.issues[0]).toMatchObject({ path: ['role'], message: 'must be head, staff or null' });
  });
});
