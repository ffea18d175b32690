import { describe, expect, it } from 'vitest';
import { addNote, groupNotes, moveNotes, pickForPlatform, setTally } from './edits';
import { platformChoice } from './platformChoice';
import type { Board } from './schema';

const empty: Board = {
  areas: [
    { id: 'insight', title: 'Insight', hint: '' },
    { id: 'benefit', title: 'Benefit', hint: '' },
  ],
  notes: [],
  themes: [],
  privateMode: false,
  voteBudget: 3,
  ballots: [],
  picks: {},
};

const board = [
  (b: Board) => addNote(b, { id: 'n1', areaId: 'insight', text: 'Buyers research alone', team: 'sales' }),
  (b: Board) => addNote(b, { id: 'n2', areaId: 'insight', text: 'Price is not the issue', team: 'marketing' }),
  (b: Board) => addNote(b, { id: 'n3', areaId: 'insight', text: 'Not yet revealed', team: 'sales', hidden: true }),
  (b: Board) => setTally(b, 'n2', 2),
  (b: Board) => setTally(b, 'n3', 9),
].reduce((b, change) => change(b), empty);

describe('platformChoice', () => {
  it('takes the top-voted visible note when nothing is picked', () => {
    expect(platformChoice(board, 'insight')).toEqual({ by: 'votes', text: 'Price is not the issue', votes: 2 });
  });

  it('keeps board order on a tie', () => {
    expect(platformChoice(setTally(board, 'n1', 2), 'insight')).toEqual({ by: 'votes', text: 'Buyers research alone', votes: 2 });
  });

  it('names a theme by its name when it gets the most votes', () => {
    const themed = groupNotes(board, ['n1', 'n2'], { id: 't1', name: 'How buyers decide' });
    expect(platformChoice(themed, 'insight')).toEqual({ by: 'votes', text: 'How buyers decide', votes: 2 });
  });

  it("prefers the facilitator's pick, but never a hidden note", () => {
    expect(platformChoice(pickForPlatform(board, 'insight', 'n1'), 'insight')).toMatchObject({ by: 'pick', text: 'Buyers research alone' });
    expect(platformChoice(pickForPlatform(board, 'insight', 'n3'), 'insight')).toMatchObject({ by: 'votes', text: 'Price is not the issue' });
  });

  it('is null for an area with nothing visible', () => {
    expect(platformChoice(board, 'benefit')).toBeNull();
  });

  it('ignores a pick whose note moved to another area', () => {
    const moved = moveNotes(pickForPlatform(board, 'insight', 'n1'), ['n1'], 'benefit');
    expect(platformChoice(moved, 'insight')).toMatchObject({ by: 'votes', text: 'Price is not the issue' });
  });
});
