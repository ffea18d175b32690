import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { updateBoard } from '../agenda/edits';
import { addNote, castVote, groupNotes, revealAll } from '../board/edits';
import { addParticipant, setAnswer } from '../diagnostic/edits';
import type { WorkshopDocument } from '../workshop/schema';
import { participantView, type ParticipantView } from './view';
import { roomCounts } from './counts';
import { FACILITATOR_SECRET, phone, phoneMadeId, roomTestWorkshop } from './testing';

const base = roomTestWorkshop();
const diagnosticId = base.agenda[1]!.id;
const frictionId = base.agenda[2]!.id;
const open = { locked: false, closedActivityIds: [] };
const at = (doc: WorkshopDocument, activityId: string | null): WorkshopDocument => ({ ...doc, runtime: { ...doc.runtime, currentActivityId: activityId } });

/** Every key anywhere in a value: a view may hold only keys we chose to send. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) keysOf(v, into.add(k));
  return into;
}
const ALLOWED_KEYS = new Set(
  'workshopTitle me id team name locked activity kind title prompt entryOpen answers activityKind privateMode areas hint notes areaId text themeId author mine hidden editable themes voteBudget myVotes'.split(' '),
);

describe('participantView', () => {
  it('shows a waiting screen before the workshop starts and during activities without phone input', () => {
    expect(participantView(at(base, null), phone(1), open).activity).toBeNull();
    expect(participantView(at(base, base.agenda[0]!.id), phone(1), open).activity).toMatchObject({ kind: 'waiting', title: 'Welcome and purpose' });
  });

  it('shows one’s own answers in the diagnostic, and whether entry is open', () => {
    let doc = at(base, diagnosticId);
    doc = { ...doc, diagnostic: setAnswer(addParticipant(doc.diagnostic, { id: phone(1).id, name: '', team: 'sales' }), phone(1).id, 2, 4) };
    const view = participantView(doc, phone(1), { locked: true, closedActivityIds: [diagnosticId] });
    expect(view.locked).toBe(true);
    expect(view.activity).toMatchObject({ kind: 'diagnostic', entryOpen: false });
    expect((view.activity as { answers: unknown[] }).answers.slice(0, 3)).toEqual([null, 4, null]);
    expect((participantView(doc, phone(2), open).activity as { answers: unknown[] }).answers.every((a) => a === null)).toBe(true);
  });

  it('shows revealed notes and one’s own hidden notes, never anyone else’s hidden note or the facilitator’s notes', () => {
    let doc = base;
    doc = { ...doc, agenda: updateBoard(doc.agenda, frictionId, (b) => addNote(b, { id: phoneMadeId('mine'), areaId: b.areas[0]!.id, text: 'My secret', team: 'sales', hidden: true, writer: phone(1).id })) };
    const view = participantView(doc, phone(1), open);
    const text = JSON.stringify(view);
    expect(text).toContain('Revealed laptop note');
    expect(text).toContain('My secret');
    expect(text).not.toContain('Hidden laptop note');
    expect(text).not.toContain(FACILITATOR_SECRET);
    expect(JSON.stringify(participantView(doc, phone(2), open))).not.toContain('My secret');
  });

  it('leaves out authors’ names when the workshop hides names', () => {
    const anonymous = { ...base, settings: { ...base.settings, anonymous: true } };
    expect(JSON.stringify(participantView(base, phone(1), open))).toContain('Ann');
    expect(JSON.stringify(participantView(anonymous, phone(1), open))).not.toContain('Ann');
  });
});

// Never leaks, as a property: any mix of laptop and phone notes, hidden or revealed, themes,
// ballots and answers from many people; the view for one phone holds nothing private to others.
describe('participantView never leaks private data', () => {
  const noteArb = fc.record({ writer: fc.integer({ min: 0, max: 5 }), hidden: fc.boolean(), area: fc.nat(7), themed: fc.boolean(), votes: fc.nat(3) });
  const workshopArb = fc.record({
    notes: fc.array(noteArb, { maxLength: 30 }),
    answers: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 5 })), { maxLength: 40 }),
    anonymous: fc.boolean(),
    reveal: fc.boolean(),
    current: fc.constantFrom(0, 1, 2),
    viewer: fc.integer({ min: 0, max: 5 }),
  });

  type Spec = typeof workshopArb extends fc.Arbitrary<infer T> ? T : never;

  function build(spec: Spec): WorkshopDocument {
    let doc = at({ ...base, settings: { ...base.settings, anonymous: spec.anonymous } }, base.agenda[spec.current]!.id);
    doc = {
      ...doc,
      agenda: updateBoard(doc.agenda, frictionId, (board) => {
        let b = board;
        spec.notes.forEach((n, i) => {
          const id = phoneMadeId(`n${i}`);
          // Texts and names say whose they are, so a leak shows in the serialised view.
          const text = n.hidden ? `HIDDEN-BY-${n.writer}-${i}` : `OPEN-${i}`;
          b = addNote(b, { id, areaId: b.areas[n.area]!.id, text, team: 'sales', author: `NAME-OF-${n.writer}`, hidden: n.hidden, writer: phone(n.writer).id });
          if (n.themed) b = groupNotes(b, [id], { id: `t${i}`, name: n.hidden ? `THEME-OF-HIDDEN-${n.writer}-${i}` : `Theme ${i}` });
          for (let v = 0; v < n.votes; v++) b = castVote(b, { id: `voter-${v}`, label: `VOTER-${v}` }, id);
        });
        return spec.reveal ? revealAll(b) : b;
      }),
    };
    for (const [who, statement, value] of spec.answers) {
      const id = phone(who).id;
      let diagnostic = doc.diagnostic.participants.some((p) => p.id === id) ? doc.diagnostic : addParticipant(doc.diagnostic, { id, name: `NAME-OF-${who}`, team: 'sales' });
      diagnostic = setAnswer(diagnostic, id, statement, value as 1);
      doc = { ...doc, diagnostic };
    }
    return doc;
  }

  it('holds only chosen fields, no other person’s hidden notes, answers, writer ids or ballots, and no names when hidden', () => {
    fc.assert(
      fc.property(workshopArb, (spec) => {
        const doc = build(spec);
        const me = phone(spec.viewer, 'sales', `NAME-OF-${spec.viewer}`);
        const view: ParticipantView = participantView(doc, me, open);
        const text = JSON.stringify(view);
        for (const key of keysOf(view)) expect(ALLOWED_KEYS).toContain(key);
        expect(text).not.toContain(FACILITATOR_SECRET);
        expect(text).not.toContain('VOTER-');
        // What is private is read from the workshop as built (a reveal makes hidden notes public).
        const board = doc.agenda.find((a) => a.id === frictionId)!.board!;
        const othersHidden = board.notes.filter((n) => n.hidden && n.writer !== me.id);
        const onlyHidden = board.themes.filter((t) => board.notes.filter((n) => n.themeId === t.id).every((n) => othersHidden.includes(n)));
        for (const note of othersHidden) expect(text).not.toContain(`"${note.text}"`);
        for (const theme of onlyHidden) expect(text).not.toContain(`"${theme.name}"`);
        for (let other = 0; other <= 5; other++) {
          if (other === spec.viewer) continue;
          expect(text).not.toContain(phone(other).id);
          if (spec.anonymous) expect(text).not.toContain(`NAME-OF-${other}`);
        }
        if (view.activity?.kind === 'diagnostic') {
          const own = doc.diagnostic.participants.find((p) => p.id === me.id);
          expect(view.activity.answers).toEqual(own?.answers ?? Array(20).fill(null));
        }
        if (view.activity?.kind === 'board') expect(view.activity.myVotes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('roomCounts', () => {
  it('counts joined phones by team, answered participants, hidden notes by people and votes cast', () => {
    let doc = base;
    doc = { ...doc, agenda: updateBoard(doc.agenda, frictionId, (b) => castVote(b, { id: phone(1).id, label: '' }, 'laptop-open')) };
    let diagnostic = addParticipant(doc.diagnostic, { id: phone(1).id, name: '', team: 'sales', answers: Array(20).fill(3) });
    diagnostic = addParticipant(diagnostic, { id: 'laptop-person', name: 'Ann', team: 'marketing', answers: Array(20).fill(null) });
    doc = { ...doc, diagnostic };
    const counts = roomCounts(doc, [phone(1, 'sales'), phone(2, 'sales'), phone(3, 'other')], frictionId);
    expect(counts.joined).toEqual({ sales: 2, marketing: 0, other: 1, total: 3 });
    expect(counts.answered).toEqual({ done: 1, of: 4 });
    expect(counts.hidden).toEqual({ notes: 1, people: 1 });
    expect(counts.votes).toEqual({ voters: 1, dots: 1 });
  });
});
