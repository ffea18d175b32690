import { describe, expect, it } from 'vitest';
import { assertComplete, missingItems, ReportIncompleteError } from './completeness';

const items = [
  { key: 'action:a1', label: 'action 1 “Review”' },
  { key: 'note:0', label: 'the note “Budget”' },
  { key: 'note:1', label: 'the note “Rules”' },
];

describe('the completeness check', () => {
  it('passes when every item was laid out whole', () => {
    expect(missingItems(items, { seen: ['action:a1', 'note:0', 'note:1'], incomplete: [], unplaced: [] })).toEqual([]);
  });

  it('names items never laid out, items cut off, and loose text or charts that did not fit', () => {
    const placement = { seen: ['action:a1', 'note:1', 'heading:x'], incomplete: ['note:1', 'heading:x'], unplaced: ['a chart'] };
    expect(missingItems(items, placement)).toEqual(['the note “Budget”', 'the note “Rules”', 'heading:x', 'a chart']);
  });

  it('fails with a message naming the first five and counting the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ key: `note:${i}`, label: `the note “N${i}”` }));
    const error = (() => {
      try {
        assertComplete(many, { seen: [], incomplete: [], unplaced: [] });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ReportIncompleteError);
    expect((error as Error).message).toBe(
      'The PDF was not written: 8 items of the report did not fit on its pages (the note “N0”; the note “N1”; the note “N2”; the note “N3”; the note “N4”; and 3 more). This is a bug in Baton’s report layout; please report it with the workshop file.',
    );
  });
});
