import { describe, expect, it } from 'vitest';
import type { PublicNote } from '../../shared/room/view';
import { answersWithPending, myNotesWithPending, outMessage, votesWithPending } from './pending';

const activityId = 'act-1';
const id = (n: number) => `message-id-${String(n).padStart(8, '0')}`;
const note = (over: Partial<PublicNote>): PublicNote => ({
  id: 'note-aaaaaaaaaaaaaaaa',
  areaId: 'area-1',
  text: 'Sent',
  team: 'sales',
  themeId: null,
  author: '',
  mine: true,
  hidden: true,
  editable: true,
  ...over,
});

describe('what the phone shows while messages wait', () => {
  it('shows a waiting answer over the confirmed one, and only for its activity', () => {
    const confirmed = Array(20).fill(null);
    confirmed[0] = 2;
    const pending = [
      outMessage('answer', { id: id(1), activityId, statement: 1, answer: 5 }),
      outMessage('answer', { id: id(2), activityId: 'other', statement: 2, answer: 3 }),
    ];
    const answers = answersWithPending(confirmed, pending, activityId);
    expect(answers[0]).toBe(5);
    expect(answers[1]).toBeNull();
  });

  it('lists a note typed offline as waiting, applies waiting edits and hides waiting deletes', () => {
    const notes = [note({ id: 'note-kept-aaaaaaaaaa' }), note({ id: 'note-gone-aaaaaaaaaa' }), note({ id: 'note-other', mine: false })];
    const pending = [
      outMessage('addNote', { id: id(1), activityId, noteId: 'note-new-aaaaaaaaaaa', areaId: 'area-1', text: 'Offline' }),
      outMessage('editNote', { id: id(2), activityId, noteId: 'note-kept-aaaaaaaaaa', text: 'Changed' }),
      outMessage('deleteNote', { id: id(3), activityId, noteId: 'note-gone-aaaaaaaaaa' }),
    ];
    expect(myNotesWithPending(notes, pending, activityId)).toEqual([
      { id: 'note-kept-aaaaaaaaaa', areaId: 'area-1', text: 'Changed', waiting: true, locked: false },
      { id: 'note-new-aaaaaaaaaaa', areaId: 'area-1', text: 'Offline', waiting: true, locked: false },
    ]);
  });

  it('does not list a note twice once the laptop has it', () => {
    const pending = [outMessage('addNote', { id: id(1), activityId, noteId: 'note-aaaaaaaaaaaaaaaa', areaId: 'area-1', text: 'Sent' })];
    expect(myNotesWithPending([note({})], pending, activityId)).toHaveLength(1);
  });

  it('shows the last waiting set of dots', () => {
    const pending = [outMessage('setVotes', { id: id(1), activityId, noteIds: ['a'] }), outMessage('setVotes', { id: id(2), activityId, noteIds: ['a', 'b'] })];
    expect(votesWithPending(['c'], pending, activityId)).toEqual(['a', 'b']);
    expect(votesWithPending(['c'], [], activityId)).toEqual(['c']);
  });

  it('gives each answer, note and ballot its own slot, so only a newer value replaces a waiting one', () => {
    expect(outMessage('answer', { id: id(1), activityId, statement: 3, answer: 1 }).slot).toBe(outMessage('answer', { id: id(2), activityId, statement: 3, answer: 2 }).slot);
    expect(outMessage('answer', { id: id(1), activityId, statement: 3, answer: 1 }).slot).not.toBe(outMessage('answer', { id: id(2), activityId, statement: 4, answer: 2 }).slot);
    expect(outMessage('addNote', { id: id(1), activityId, noteId: 'n', areaId: 'a', text: 't' }).slot).not.toBe(
      outMessage('editNote', { id: id(2), activityId, noteId: 'n', text: 'u' }).slot,
    );
  });
});
