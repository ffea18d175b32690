import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addNote,
  addToTheme,
  castVote,
  clearVotes,
  deleteNotes,
  groupNotes,
  hiddenSummary,
  moveNotes,
  removeArea,
  reorderNote,
  retractVote,
  revealAll,
  setTally,
  setVoteBudget,
  ungroup,
  updateNote,
} from './edits';
import type { Board } from './schema';
import { rankByVotes, remainingVotes, themeVotes, voteCounts } from './votes';

const empty: Board = {
  areas: [
    { id: 'a', title: 'Budget', hint: '' },
    { id: 'b', title: 'Turf', hint: '' },
  ],
  notes: [],
  themes: [],
  privateMode: false,
  voteBudget: 3,
  ballots: [],
  picks: {},
};

function withNotes(...texts: string[]): Board {
  return texts.reduce((b, text, i) => addNote(b, { id: `n${i + 1}`, areaId: 'a', text, team: 'sales' }), empty);
}

describe('notes', () => {
  it('adds notes to an existing area only, never empty ones', () => {
    const board = addNote(empty, { id: 'n1', areaId: 'a', text: 'Leads go cold', team: 'marketing', author: ' Ann ' });
    expect(board.notes).toEqual([
      { id: 'n1', areaId: 'a', text: 'Leads go cold', team: 'marketing', author: 'Ann', tally: 0, themeId: null, hidden: false, writer: null },
    ]);
    expect(addNote(board, { id: 'n2', areaId: 'nowhere', text: 'x', team: 'sales' })).toBe(board);
    expect(addNote(board, { id: 'n2', areaId: 'a', text: '   ', team: 'sales' })).toBe(board);
  });

  it('edits text and team, refusing blank text', () => {
    const board = withNotes('one');
    expect(updateNote(board, 'n1', { text: 'uno', team: 'joint' }).notes[0]).toMatchObject({ text: 'uno', team: 'joint' });
    expect(updateNote(board, 'n1', { text: '  ' })).toBe(board);
  });

  it('moves notes to another area, at its end or before a given note', () => {
    let board = withNotes('one', 'two', 'three');
    board = moveNotes(board, ['n1'], 'b');
    expect(board.notes.filter((n) => n.areaId === 'b').map((n) => n.id)).toEqual(['n1']);
    board = moveNotes(board, ['n3'], 'b', 'n1');
    expect(board.notes.filter((n) => n.areaId === 'b').map((n) => n.id)).toEqual(['n3', 'n1']);
    expect(moveNotes(board, ['n2'], 'missing')).toBe(board);
  });

  it('reorders a note within its area', () => {
    const board = reorderNote(withNotes('one', 'two', 'three'), 'n3', -1);
    expect(board.notes.map((n) => n.id)).toEqual(['n1', 'n3', 'n2']);
    expect(reorderNote(board, 'n1', -1)).toBe(board);
  });

  it('deletes notes, refunds their votes and drops themes left empty', () => {
    let board = groupNotes(withNotes('one', 'two'), ['n1'], { id: 't1', name: 'Money' });
    board = castVote(board, { id: 'v1', label: '' }, 'n1');
    board = deleteNotes(board, ['n1']);
    expect(board.notes.map((n) => n.id)).toEqual(['n2']);
    expect(board.themes).toEqual([]);
    expect(remainingVotes(board, 'v1')).toBe(3);
  });
});

describe('themes', () => {
  it('groups notes into a named theme whose votes are the sum of its notes', () => {
    let board = groupNotes(withNotes('one', 'two', 'three'), ['n1', 'n2'], { id: 't1', name: ' Budget fights ' });
    expect(board.themes).toEqual([{ id: 't1', areaId: 'a', name: 'Budget fights' }]);
    board = setTally(board, 'n1', 2);
    board = castVote(board, { id: 'v1', label: 'Bo' }, 'n2');
    board = castVote(board, { id: 'v1', label: 'Bo' }, 'n3');
    expect(themeVotes(board).get('t1')).toBe(3);
    expect(rankByVotes(board).map((r) => (r.kind === 'theme' ? r.theme.name : r.note.text))).toEqual(['Budget fights', 'three']);
  });

  it('adds to a theme and ungroups without losing notes', () => {
    let board = groupNotes(withNotes('one', 'two', 'three'), ['n1'], { id: 't1', name: 'T' });
    board = addToTheme(board, ['n3'], 't1');
    expect(board.notes.filter((n) => n.themeId === 't1').map((n) => n.id)).toEqual(['n1', 'n3']);
    board = ungroup(board, 't1');
    expect(board.themes).toEqual([]);
    expect(board.notes).toHaveLength(3);
    expect(board.notes.every((n) => n.themeId === null)).toBe(true);
  });

  it('takes notes out of a theme when they move to another area', () => {
    let board = groupNotes(withNotes('one', 'two'), ['n1', 'n2'], { id: 't1', name: 'T' });
    board = moveNotes(board, ['n2'], 'b');
    expect(board.notes.find((n) => n.id === 'n2')?.themeId).toBeNull();
  });
});

describe('private writing', () => {
  it('counts hidden notes and their writers, and reveals them all at once', () => {
    let board = { ...empty, privateMode: true };
    board = addNote(board, { id: 'p1', areaId: 'a', text: 'x', team: 'sales', hidden: true, writer: 'w1' });
    board = addNote(board, { id: 'p2', areaId: 'a', text: 'y', team: 'sales', hidden: true, writer: 'w1' });
    board = addNote(board, { id: 'p3', areaId: 'b', text: 'z', team: 'marketing', hidden: true, writer: 'w2' });
    expect(hiddenSummary(board)).toEqual({ notes: 3, people: 2 });
    // Hidden notes cannot be voted on or ranked before they are revealed.
    expect(castVote(board, { id: 'v', label: '' }, 'p1')).toBe(board);
    expect(rankByVotes(board)).toEqual([]);
    const revealed = revealAll(board);
    expect(hiddenSummary(revealed)).toEqual({ notes: 0, people: 0 });
    expect(revealed.privateMode).toBe(false);
  });
});

describe('dot voting', () => {
  it('stops a voter at the budget, allows stacking, and takes back dots', () => {
    let board = withNotes('one', 'two');
    const voter = { id: 'v1', label: 'Ann' };
    for (const id of ['n1', 'n1', 'n2', 'n2']) board = castVote(board, voter, id);
    expect(board.ballots[0]?.votes).toEqual(['n1', 'n1', 'n2']);
    expect(remainingVotes(board, 'v1')).toBe(0);
    board = retractVote(board, 'v1', 'n1');
    expect(voteCounts(board).get('n1')).toBe(1);
  });

  it('never lowers the budget below what someone has already spent', () => {
    let board = withNotes('one');
    for (let i = 0; i < 3; i++) board = castVote(board, { id: 'v1', label: '' }, 'n1');
    expect(setVoteBudget(board, 1).voteBudget).toBe(3);
    expect(setVoteBudget(board, 5).voteBudget).toBe(5);
  });

  it('clears every tally and ballot', () => {
    let board = setTally(withNotes('one'), 'n1', 4);
    board = castVote(board, { id: 'v1', label: '' }, 'n1');
    board = clearVotes(board);
    expect(voteCounts(board).get('n1')).toBe(0);
    expect(board.ballots).toEqual([]);
  });

  it('never lets any voter exceed the budget, whatever they try', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.record({ voter: fc.constantFrom('v1', 'v2', 'v3'), note: fc.constantFrom('n1', 'n2', 'n3'), retract: fc.boolean() }), { maxLength: 80 }),
        (budget, steps) => {
          let board = setVoteBudget(withNotes('one', 'two', 'three'), budget);
          for (const s of steps) board = s.retract ? retractVote(board, s.voter, s.note) : castVote(board, { id: s.voter, label: '' }, s.note);
          const total = [...voteCounts(board).values()].reduce((a, b) => a + b, 0);
          return board.ballots.every((b) => b.votes.length <= budget) && total === board.ballots.reduce((n, b) => n + b.votes.length, 0);
        },
      ),
    );
  });
});

describe('areas', () => {
  it('moves the notes of a removed area to the first remaining one, and keeps at least one area', () => {
    let board = addNote(withNotes('one'), { id: 'x', areaId: 'b', text: 'in b', team: 'joint' });
    board = removeArea(board, 'b');
    expect(board.areas.map((a) => a.id)).toEqual(['a']);
    expect(board.notes.find((n) => n.id === 'x')?.areaId).toBe('a');
    expect(removeArea(board, 'a')).toBe(board);
  });
});
