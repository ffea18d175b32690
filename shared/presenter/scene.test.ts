import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseDiagnostic } from '../diagnostic/analysis';
import { debriefGuide, DEBRIEF_QUESTIONS } from '../diagnostic/debrief';
import { reportTestWorkshop } from '../report/testing';
import type { WorkshopDocument } from '../workshop/schema';
import { backAtMs, formatBackAt } from './breakClock';
import { presenterScene, presenterSceneSchema, REVEAL_STEPS, stepReveal, type RevealStep } from './scene';

const PARTICIPANTS = ['Ann', 'Bo', 'Cy', 'Dee'];

function showing(doc: WorkshopDocument, kind: string): WorkshopDocument {
  const activity = doc.agenda.find((a) => a.kind === kind)!;
  return {
    ...doc,
    agenda: doc.agenda.map((a) => ({ ...a, notes: `Private facilitator note for ${a.title}` })),
    runtime: { ...doc.runtime, currentActivityId: activity.id },
  };
}

function withDiagnostic(doc: WorkshopDocument): WorkshopDocument {
  const diagnostic = { id: 'diag-1', kind: 'diagnostic' as const, title: 'Diagnostic', prompt: '', minutes: 30, notes: 'Facilitator only', status: 'not-started' as const, board: null, handoff: null, review: null };
  return { ...doc, agenda: [...doc.agenda, diagnostic], runtime: { ...doc.runtime, currentActivityId: 'diag-1' } };
}

const scene = (doc: WorkshopDocument, reveal: RevealStep = 'none') => presenterScene(doc, { reveal, theme: 'light' });

describe('presenterScene', () => {
  it('never carries facilitator notes or hidden notes, and passes its own schema', () => {
    const doc = showing(reportTestWorkshop(), 'friction');
    const s = scene(doc);
    const json = JSON.stringify(s);
    expect(json).not.toContain('Private facilitator note');
    expect(json).not.toContain('Secret note');
    expect(s.activity?.board?.hiddenNotes).toBe(1);
    expect(s.activity?.board?.hiddenWriters).toBe(1);
    expect(presenterSceneSchema.safeParse(s).success).toBe(true);
  });

  it('shows note authors, except in an anonymous workshop', () => {
    const doc = showing(reportTestWorkshop(), 'friction');
    expect(JSON.stringify(scene(doc))).toContain('"author":"Ann"');
    const anonymous = { ...doc, settings: { ...doc.settings, anonymous: true } };
    expect(JSON.stringify(scene(anonymous))).not.toContain('Ann');
  });

  it('lists items most votes first, themes with their total, once votes are cast', () => {
    const board = scene(showing(reportTestWorkshop(), 'friction')).activity!.board!;
    expect(board.voted).toBe(true);
    const first = board.areas[0]!.items[0]!;
    expect(first).toMatchObject({ kind: 'theme', name: 'Who decides the budget', votes: 3 });
  });

  it('reveals the diagnostic step by step and never names a participant', () => {
    const doc = withDiagnostic(reportTestWorkshop());
    const none = scene(doc, 'none').activity!.diagnostic!;
    expect(none).toMatchObject({ levels: null, gaps: null, subscores: null, counted: { sales: 2, marketing: 1, other: 0 } });
    const levels = scene(doc, 'levels').activity!.diagnostic!;
    expect(levels.levels?.sales?.level).toBeDefined();
    expect(levels.gaps).toBeNull();
    const gaps = scene(doc, 'gaps').activity!.diagnostic!;
    expect(gaps.gaps!.length).toBeGreaterThan(0);
    expect(gaps.subscores).toBeNull();
    const all = scene(doc, 'subscores').activity!.diagnostic!;
    expect(Object.keys(all.subscores!.sales!)).toHaveLength(6);
    for (const step of REVEAL_STEPS) {
      const json = JSON.stringify(scene(doc, step));
      for (const name of PARTICIPANTS) expect(json).not.toContain(`"${name}"`);
      expect(json).not.toContain('Facilitator only');
    }
  });

  it('carries the handoff table, the messaging platform and the action list for their activities', () => {
    const doc = reportTestWorkshop();
    expect(scene(showing(doc, 'handoff')).activity!.handoff!.stages).toHaveLength(6);
    expect(scene(showing(doc, 'messaging')).activity!.platform![0]).toEqual({ area: 'Customer insight', text: 'Hospitals fear downtime', votes: 4 });
    const planning = { id: 'plan-1', kind: 'action-planning' as const, title: 'Plan', prompt: '', minutes: 30, notes: '', status: 'not-started' as const, board: null, handoff: null, review: null };
    const actions = scene({ ...doc, agenda: [...doc.agenda, planning], runtime: { ...doc.runtime, currentActivityId: 'plan-1' } }).activity!.actions!;
    expect(actions.map((a) => a.title)).toContain('Agree lead definitions');
  });

  it('never carries the debrief guide, at any reveal step or anonymity (property)', () => {
    const doc = withDiagnostic(reportTestWorkshop());
    const guide = debriefGuide(analyseDiagnostic(doc.diagnostic).result);
    expect(guide.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...REVEAL_STEPS), fc.boolean(), (reveal, anonymous) => {
        const json = JSON.stringify(scene({ ...doc, settings: { ...doc.settings, anonymous } }, reveal));
        return !json.includes('Debrief') && guide.every((item) => !json.includes(item.finding) && !json.includes(item.question)) && DEBRIEF_QUESTIONS.every((q) => !json.includes(q));
      }),
    );
  });

  it('holds no hidden text or name for any reveal step or anonymity (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REVEAL_STEPS), fc.boolean(), fc.constantFrom('friction', 'messaging', 'handoff'), (reveal, anonymous, kind) => {
        const doc = showing(reportTestWorkshop(), kind);
        const json = JSON.stringify(scene({ ...doc, settings: { ...doc.settings, anonymous } }, reveal));
        return !json.includes('Secret note') && !json.includes('Private facilitator note') && (!anonymous || !json.includes('Ann'));
      }),
    );
  });
});

describe('stepReveal', () => {
  it('moves one step and stops at either end', () => {
    expect(stepReveal('none', 1)).toBe('levels');
    expect(stepReveal('subscores', 1)).toBe('subscores');
    expect(stepReveal('none', -1)).toBe('none');
    expect(stepReveal('gaps', -1)).toBe('levels');
  });
});

describe('break clock', () => {
  it('is back when the time left runs out, rounded up to the minute', () => {
    const now = Date.parse('2026-11-30T10:30:20Z');
    const timer = { durationMs: 15 * 60_000, elapsedMs: 60_000, startedAt: null };
    expect(backAtMs(timer, now)).toBe(now + 14 * 60_000);
    expect(formatBackAt(backAtMs(timer, now), 'en-GB', 'UTC')).toBe('10:45');
  });

  it('says now once the break is over', () => {
    const now = Date.parse('2026-11-30T10:30:00Z');
    expect(backAtMs({ durationMs: 60_000, elapsedMs: 120_000, startedAt: null }, now)).toBe(now);
  });
});
