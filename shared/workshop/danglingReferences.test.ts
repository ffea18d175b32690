import { describe, expect, it } from 'vitest';
import { removeActivity } from '../agenda/edits';
import { parseWorkshopFile, workshopFileContent } from '../files/workshopFile';
import { reportTestWorkshop } from '../report/testing';
import { danglingReferenceIssues } from './danglingReferences';
import type { WorkshopDocument } from './schema';

const doc = reportTestWorkshop({ extraNotes: ['One more'] });
const boardAt = doc.agenda.findIndex((a) => a.board && a.board.notes.length > 0 && a.board.themes.length > 0);
const board = doc.agenda[boardAt]!.board!;

/** The file Baton writes for `doc`, changed by `edit` as a hand or another tool might change it. */
function importedAfter(edit: (file: WorkshopDocument) => void) {
  const file = JSON.parse(workshopFileContent(doc)) as WorkshopDocument;
  edit(file);
  const result = parseWorkshopFile(JSON.stringify(file), 'team.baton.json');
  return result.ok ? 'imported' : result.error.message;
}

describe('references that lead nowhere in an imported workshop', () => {
  it('finds none in a workshop Baton made, which imports', () => {
    expect(boardAt).toBeGreaterThanOrEqual(0);
    expect(danglingReferenceIssues(doc)).toEqual([]);
    expect(importedAfter(() => undefined)).toBe('imported');
  });

  it('refuses a note in a missing area or theme, naming the place', () => {
    expect(importedAfter((f) => void (f.agenda[boardAt]!.board!.notes[1]!.areaId = 'nowhere'))).toBe(
      `team.baton.json is not a valid workshop: agenda.${boardAt}.board.notes.1.areaId: names area "nowhere", which this board does not have`,
    );
    expect(importedAfter((f) => void (f.agenda[boardAt]!.board!.notes[0]!.themeId = 'gone'))).toContain(
      `agenda.${boardAt}.board.notes.0.themeId: names theme "gone", which this board does not have`,
    );
  });

  it('refuses a theme in a missing area, and a ballot voting for a missing note', () => {
    expect(importedAfter((f) => void (f.agenda[boardAt]!.board!.themes[0]!.areaId = 'elsewhere'))).toContain(
      `agenda.${boardAt}.board.themes.0.areaId: names area "elsewhere", which this board does not have`,
    );
    expect(
      importedAfter((f) => void (f.agenda[boardAt]!.board!.ballots = [{ id: 'b1', label: '', votes: [board.notes[0]!.id, 'deleted-note'] }])),
    ).toContain(`agenda.${boardAt}.board.ballots.0.votes.1: is a vote for note "deleted-note", which this board does not have`);
  });

  it('refuses a timer for an activity the agenda does not have', () => {
    expect(
      importedAfter((f) => void (f.runtime.timers = { 'no-such-activity': { durationMs: 60_000, elapsedMs: 0, startedAt: null } })),
    ).toContain('runtime.timers.no-such-activity: is a timer for activity "no-such-activity", which the agenda does not have');
  });

  it('exports a workshop whose activity was removed without the timer Undo keeps for it', () => {
    const removed = doc.agenda[boardAt]!.id;
    const timed = { ...doc, runtime: { ...doc.runtime, timers: { [removed]: { durationMs: 60_000, elapsedMs: 5_000, startedAt: null } } } };
    const after = { ...timed, agenda: removeActivity(timed.agenda, removed) };
    const parsed = parseWorkshopFile(workshopFileContent(after));
    expect(parsed.ok && parsed.value.runtime.timers).toEqual({});
  });
});
