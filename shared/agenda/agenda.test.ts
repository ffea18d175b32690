import { describe, expect, it } from 'vitest';
import { workshopDocumentSchema } from '../workshop/schema';
import { addNote } from '../board/edits';
import { addStage, createActivity, insertActivity, moveActivity, removeActivity, removeStage, renameStage, runTimer, timerAction } from './edits';
import { ACTIVITY_KINDS } from './kinds';
import type { Runtime } from './schema';
import { standardAgenda } from './standardAgenda';
import { dayProgress, formatClock, freshTimer, isRunning, remainingMs, shownStatus, timerPhase } from './timer';

let counter = 0;
const newId = () => `id-${++counter}`;

describe('activities', () => {
  it('creates every kind with its defaults, boards for the board kinds', () => {
    for (const kind of ACTIVITY_KINDS) {
      const activity = createActivity(kind, newId);
      expect(activity.kind).toBe(kind);
      expect(activity.minutes).toBeGreaterThan(0);
      const hasBoard = ['perceptions', 'friction', 'handoff', 'messaging', 'free-board'].includes(kind);
      expect(activity.board !== null, kind).toBe(hasBoard);
    }
    const perceptions = createActivity('perceptions', newId);
    expect(perceptions.board?.areas.map((a) => `${a.subject}/${a.lens}`)).toEqual([
      'sales/self',
      'sales/other',
      'sales/meta',
      'marketing/self',
      'marketing/other',
      'marketing/meta',
    ]);
    const friction = createActivity('friction', newId);
    expect(new Set(friction.board?.areas.map((a) => a.family))).toEqual(new Set(['economic', 'cultural']));
  });

  it('files disputes over pricing and over which products to keep as economic friction', () => {
    const areas = createActivity('friction', newId).board!.areas;
    const about = (word: RegExp) => areas.filter((a) => word.test(`${a.title} ${a.hint}`));
    expect(about(/pric/i).length).toBeGreaterThan(0);
    expect(about(/product/i).length).toBeGreaterThan(0);
    for (const area of [...about(/pric/i), ...about(/product/i)]) expect(area.family, area.title).toBe('economic');
  });

  it('gives the handoff map one stage per board area, kept in step when stages change', () => {
    let handoff = createActivity('handoff', newId);
    expect(handoff.handoff?.stages.map((s) => s.name)).toEqual(['Awareness', 'Interest', 'Consideration', 'Intent', 'Purchase', 'Loyalty']);
    expect(handoff.handoff?.stages.map((s) => s.id)).toEqual(handoff.board?.areas.map((a) => a.id));
    handoff = addStage(handoff, { id: 'advocacy', name: 'Advocacy' });
    handoff = renameStage(handoff, 'advocacy', 'Advocates');
    expect(handoff.board?.areas.at(-1)).toMatchObject({ id: 'advocacy', title: 'Advocates' });
    expect(handoff.handoff?.stages.at(-1)).toMatchObject({ id: 'advocacy', name: 'Advocates' });
  });

  it('removes a stage together with its board area, moving its notes, but never the last stage', () => {
    let handoff = createActivity('handoff', newId);
    const [first, second] = handoff.handoff!.stages;
    handoff = { ...handoff, board: addNote(handoff.board!, { id: 'note', areaId: second!.id, text: 'Webinar', team: 'marketing' }) };
    handoff = removeStage(handoff, second!.id);
    expect(handoff.handoff?.stages.map((s) => s.id)).toEqual(handoff.board?.areas.map((a) => a.id));
    expect(handoff.handoff?.stages.map((s) => s.name)).toEqual(['Awareness', 'Consideration', 'Intent', 'Purchase', 'Loyalty']);
    expect(handoff.board?.notes[0]?.areaId).toBe(first!.id);
    for (const stage of handoff.handoff!.stages.slice(1)) handoff = removeStage(handoff, stage.id);
    expect(handoff.handoff?.stages.map((s) => s.name)).toEqual(['Awareness']);
    expect(removeStage(handoff, first!.id)).toBe(handoff);
  });

  it('adds, moves and removes activities', () => {
    const [a, b, c] = ['welcome', 'break', 'friction'].map((k) => createActivity(k as 'welcome', newId)) as [ReturnType<typeof createActivity>, ReturnType<typeof createActivity>, ReturnType<typeof createActivity>];
    let agenda = insertActivity(insertActivity([a], c), b, a.id);
    expect(agenda.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    agenda = moveActivity(agenda, c.id, 0);
    expect(agenda.map((x) => x.id)).toEqual([c.id, a.id, b.id]);
    agenda = removeActivity(agenda, a.id);
    expect(agenda.map((x) => x.id)).toEqual([c.id, b.id]);
  });

  it('builds a standard full-day agenda that a workshop document accepts', () => {
    const agenda = standardAgenda(newId);
    expect(agenda.map((a) => a.kind)).toContain('action-planning');
    const doc = workshopDocumentSchema.parse({
      schemaVersion: 1,
      id: 'doc-00000001',
      title: 'Day',
      createdAt: '2026-11-25T09:00:00.000Z',
      updatedAt: '2026-11-25T09:00:00.000Z',
      agenda,
    });
    expect(doc.agenda).toEqual(agenda);
  });
});

describe('timers', () => {
  const runtime: Runtime = { currentActivityId: null, timers: {} };
  const activity = createActivity('friction', newId);
  const t0 = Date.parse('2026-11-25T09:00:00.000Z');

  it('runs on wall-clock time across pauses, +1 minute and reset', () => {
    let r = timerAction(runtime, activity, 'start', t0);
    expect(remainingMs(r.timers[activity.id]!, t0 + 60_000)).toBe(39 * 60_000);
    r = timerAction(r, activity, 'pause', t0 + 60_000);
    // Paused: time stands still, however long the break.
    expect(remainingMs(r.timers[activity.id]!, t0 + 3_600_000)).toBe(39 * 60_000);
    r = timerAction(r, activity, 'add-minute', t0 + 3_600_000);
    r = timerAction(r, activity, 'start', t0 + 3_600_000);
    expect(remainingMs(r.timers[activity.id]!, t0 + 3_630_000)).toBe(39 * 60_000 + 30_000);
    r = timerAction(r, activity, 'reset', t0 + 3_700_000);
    expect(r.timers[activity.id]).toEqual(freshTimer(40));
  });

  it('resumes a running timer from its saved start, as after a restart', () => {
    const saved = JSON.parse(JSON.stringify(timerAction(runtime, activity, 'start', t0))) as Runtime;
    expect(remainingMs(saved.timers[activity.id]!, t0 + 10 * 60_000)).toBe(30 * 60_000);
  });

  it('marks an activity running when its timer starts, and leaves the status alone on pause or reset', () => {
    const agenda = [activity, { ...createActivity('break', newId), status: 'done' as const }];
    const started = runTimer(agenda, runtime, activity.id, 'start', t0);
    expect(started.agenda[0]!.status).toBe('running');
    expect(isRunning(started.runtime.timers[activity.id])).toBe(true);
    const paused = runTimer(started.agenda, started.runtime, activity.id, 'pause', t0 + 1000);
    expect(paused.agenda).toBe(started.agenda);
    // A finished activity whose timer is started again stays done.
    expect(runTimer(agenda, runtime, agenda[1]!.id, 'start', t0).agenda[1]!.status).toBe('done');
  });

  it('never shows "not started" for an activity whose timer runs', () => {
    const running = timerAction(runtime, activity, 'start', t0).timers[activity.id];
    expect(shownStatus(activity, running)).toBe('running');
    expect(shownStatus(activity, undefined)).toBe('not-started');
    expect(shownStatus({ status: 'done' }, running)).toBe('done');
  });

  it('formats the clock and overtime', () => {
    expect(formatClock(40 * 60_000)).toBe('40:00');
    expect(formatClock(59_400)).toBe('1:00');
    expect(formatClock(400)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-90_000)).toBe('+1:30');
  });

  it('adds up planned and run time for the day', () => {
    const agenda = [activity, { ...createActivity('break', newId), status: 'done' as const }];
    const r = timerAction(runtime, activity, 'start', t0);
    expect(dayProgress(agenda, r.timers, t0 + 30 * 60_000)).toEqual({ plannedMinutes: 55, elapsedMinutes: 30, done: 1, total: 2 });
  });
});

describe('timerPhase', () => {
  it('reads normal, then amber in the last minute (60 s included), then red from zero', () => {
    expect(timerPhase(60_001)).toBe('normal');
    expect(timerPhase(60_000)).toBe('last-minute');
    expect(timerPhase(1)).toBe('last-minute');
    expect(timerPhase(0)).toBe('over');
    expect(timerPhase(-5_000)).toBe('over');
  });
});
