import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { revealAll } from '../board/edits';
import type { WorkshopDocument } from '../workshop/schema';
import { workshopDocumentSchema } from '../workshop/schema';
import { applyParticipantMessage, removeParticipantContributions } from './apply';
import { participantMessageSchema, type ParticipantMessage, type RoomSender } from './contract';
import { phone, phoneMadeId, roomTestWorkshop } from './testing';

const base = roomTestWorkshop();
const [, diagnosticActivity, friction] = base.agenda as [unknown, { id: string }, { id: string; board: { areas: { id: string }[] } }];
const area = friction.board.areas[0]!.id;
const otherArea = friction.board.areas[1]!.id;

function run(doc: WorkshopDocument, sender: RoomSender, messages: ParticipantMessage[]): WorkshopDocument {
  return messages.reduce((d, m) => applyParticipantMessage(d, sender, m).doc, doc);
}

const boardOf = (doc: WorkshopDocument) => doc.agenda.find((a) => a.id === friction.id)!.board!;
const add = (noteId: string, text = 'Budget fights', areaId = area): ParticipantMessage => ({
  type: 'addNote',
  id: phoneMadeId(`add-${noteId}`),
  activityId: friction.id,
  noteId,
  areaId,
  text,
});

describe('applyParticipantMessage', () => {
  it('adds a phone note hidden during private writing, with its team colour, name and writer', () => {
    const result = applyParticipantMessage(base, phone(1, 'other', 'Kim'), add(phoneMadeId('n1')));
    expect(result.outcome).toBe('applied');
    const note = boardOf(result.doc).notes.find((n) => n.id === phoneMadeId('n1'));
    expect(note).toMatchObject({ text: 'Budget fights', team: 'leadership', author: 'Kim', hidden: true, writer: phone(1).id });
  });

  it('recognises a resent note and applies it once', () => {
    const once = run(base, phone(1), [add(phoneMadeId('n1'))]);
    const twice = applyParticipantMessage(once, phone(1), add(phoneMadeId('n1')));
    expect(twice.outcome).toBe('unchanged');
    expect(twice.doc).toBe(once);
  });

  it('refuses a note id another phone already used, and edits or deletes of notes that are not one’s own', () => {
    const doc = run(base, phone(1), [add(phoneMadeId('n1'))]);
    expect(applyParticipantMessage(doc, phone(2), add(phoneMadeId('n1'))).outcome).toBe('refused');
    const edit: ParticipantMessage = { type: 'editNote', id: phoneMadeId('e'), activityId: friction.id, noteId: phoneMadeId('n1'), text: 'mine now' };
    expect(applyParticipantMessage(doc, phone(2), edit).outcome).toBe('refused');
    const del: ParticipantMessage = { type: 'deleteNote', id: phoneMadeId('d'), activityId: friction.id, noteId: 'laptop-hidden0000' };
    expect(applyParticipantMessage(doc, phone(2), { ...del, noteId: phoneMadeId('n1') }).outcome).toBe('refused');
  });

  it('lets a phone edit and move its hidden note until the reveal, and no longer after it', () => {
    let doc = run(base, phone(1), [add(phoneMadeId('n1'))]);
    const edit: ParticipantMessage = { type: 'editNote', id: phoneMadeId('e1'), activityId: friction.id, noteId: phoneMadeId('n1'), text: 'Rewritten', areaId: otherArea };
    doc = applyParticipantMessage(doc, phone(1), edit).doc;
    expect(boardOf(doc).notes.find((n) => n.id === phoneMadeId('n1'))).toMatchObject({ text: 'Rewritten', areaId: otherArea });
    const revealed = { ...doc, agenda: doc.agenda.map((a) => (a.board ? { ...a, board: revealAll(a.board) } : a)) };
    expect(applyParticipantMessage(revealed, phone(1), { ...edit, id: phoneMadeId('e2'), text: 'Too late' }).outcome).toBe('refused');
  });

  it('sets a phone’s dots to the list it sends, within the budget, only on revealed notes', () => {
    const votes = (noteIds: string[]): ParticipantMessage => ({ type: 'setVotes', id: phoneMadeId(noteIds.join('+') || 'none'), activityId: friction.id, noteIds });
    let doc = run(base, phone(1), [votes(['laptop-open', 'laptop-open'])]);
    expect(boardOf(doc).ballots).toEqual([{ id: phone(1).id, label: '', votes: ['laptop-open', 'laptop-open'] }]);
    doc = run(doc, phone(1), [votes(['laptop-open'])]);
    expect(boardOf(doc).ballots[0]!.votes).toEqual(['laptop-open']);
    expect(applyParticipantMessage(doc, phone(1), votes(['laptop-open', 'laptop-open', 'laptop-open', 'laptop-open'])).outcome).toBe('refused');
    expect(applyParticipantMessage(doc, phone(1), votes(['laptop-hidden'])).outcome).toBe('refused');
  });

  it('makes a phone a diagnostic participant with its first answer', () => {
    const answer = (statement: number, value: 1 | 2 | 3 | 4 | 5 | null): ParticipantMessage => ({
      type: 'answer',
      id: phoneMadeId(`a${statement}-${value}`),
      activityId: diagnosticActivity.id,
      statement,
      answer: value,
    });
    expect(applyParticipantMessage(base, phone(1), answer(1, null)).outcome).toBe('unchanged');
    const doc = run(base, phone(1, 'marketing', 'Lee'), [answer(1, 4), answer(20, 2), answer(1, 5)]);
    expect(doc.diagnostic.participants).toHaveLength(1);
    expect(doc.diagnostic.participants[0]).toMatchObject({ id: phone(1).id, team: 'marketing', name: 'Lee' });
    expect(doc.diagnostic.participants[0]!.answers[0]).toBe(5);
    expect(doc.diagnostic.participants[0]!.answers[19]).toBe(2);
    expect(applyParticipantMessage(doc, phone(1), answer(3, 3)).doc.diagnostic.participants[0]!.answers[2]).toBe(3);
    expect(applyParticipantMessage(doc, phone(1), { ...answer(3, 3), activityId: friction.id }).outcome).toBe('refused');
    // The role the phone joined with, if any, comes along; none leaves it unset.
    expect(doc.diagnostic.participants[0]!.role).toBeNull();
    const head = run(base, { ...phone(2, 'sales', 'Ann'), role: 'head' }, [answer(1, 4)]);
    expect(head.diagnostic.participants[0]).toMatchObject({ id: phone(2).id, team: 'sales', role: 'head' });
  });

  it('keeps the workshop valid after every phone message', () => {
    const doc = run(base, phone(1), [add(phoneMadeId('n1')), add(phoneMadeId('n2'), 'x'.repeat(2000))]);
    expect(workshopDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('removes everything one participant sent in one change', () => {
    let doc = run(base, phone(1), [add(phoneMadeId('n1'))]);
    doc = run(doc, phone(2), [add(phoneMadeId('n2'))]);
    doc = run(doc, phone(1), [{ type: 'answer', id: phoneMadeId('a'), activityId: diagnosticActivity.id, statement: 1, answer: 3 }]);
    doc = run(doc, phone(1), [{ type: 'setVotes', id: phoneMadeId('v'), activityId: friction.id, noteIds: ['laptop-open'] }]);
    const removed = removeParticipantContributions(doc, phone(1).id);
    expect(boardOf(removed).notes.map((n) => n.id)).toEqual(['laptop-open', 'laptop-hidden', phoneMadeId('n2')]);
    expect(boardOf(removed).ballots).toEqual([]);
    expect(removed.diagnostic.participants).toEqual([]);
  });
});

// Exactly once, as a property: phones send streams of messages; a phone that loses its answers
// resends IN ORDER from any earlier point (its outbox). The workshop must end as if each message
// had arrived once. Dots go on the laptop's revealed note, so the phones' streams are independent.
describe('exactly once under resends', () => {
  const PHONES = 3;

  const messageArb = (p: number) =>
    fc.oneof(
      fc.record({ kind: fc.constant('answer' as const), statement: fc.integer({ min: 1, max: 20 }), value: fc.constantFrom(1, 2, 3, 4, 5, null) }),
      fc.record({ kind: fc.constant('add' as const), text: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== '') }),
      fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), text: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== ''), move: fc.boolean() }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('votes' as const), dots: fc.integer({ min: 0, max: 3 }) }),
    ).map((m) => ({ ...m, p }));

  /** Turns generated steps into real messages, each edit or delete naming one of the phone's earlier notes. */
  function toMessages(steps: { kind: string; p: number; [k: string]: unknown }[]): ParticipantMessage[] {
    const notes: string[] = [];
    return steps.map((s, i): ParticipantMessage => {
      const id = phoneMadeId(`p${s.p}-${i}`);
      const activityId = friction.id;
      switch (s.kind) {
        case 'answer':
          return { type: 'answer', id, activityId: diagnosticActivity.id, statement: s.statement as number, answer: s.value as 1 };
        case 'add':
          notes.push(phoneMadeId(`note-p${s.p}-${i}`));
          return { type: 'addNote', id, activityId, noteId: notes.at(-1)!, areaId: area, text: s.text as string };
        case 'edit':
        case 'delete': {
          const noteId = notes[(s.pick as number) % Math.max(1, notes.length)] ?? phoneMadeId(`none-p${s.p}`);
          return s.kind === 'edit'
            ? { type: 'editNote', id, activityId, noteId, text: s.text as string, ...(s.move ? { areaId: otherArea } : {}) }
            : { type: 'deleteNote', id, activityId, noteId };
        }
        default:
          return { type: 'setVotes', id, activityId, noteIds: Array<string>(s.dots as number).fill('laptop-open') };
      }
    });
  }

  /** The stream as it arrives: after some messages the phone replays from an earlier one. */
  function withResends(messages: ParticipantMessage[], replays: { after: number; from: number }[]): ParticipantMessage[] {
    const out: ParticipantMessage[] = [];
    messages.forEach((m, i) => {
      out.push(m);
      for (const r of replays) if (r.after % messages.length === i) out.push(...messages.slice(r.from % (i + 1), i + 1));
    });
    return out;
  }

  /** The workshop with order inside lists ignored (a replayed note may come back at an area's end). */
  function canonical(doc: WorkshopDocument) {
    const board = boardOf(doc);
    return {
      notes: [...board.notes].sort((a, b) => a.id.localeCompare(b.id)),
      ballots: board.ballots.map((b) => ({ ...b, votes: [...b.votes].sort() })).sort((a, b) => a.id.localeCompare(b.id)),
      participants: [...doc.diagnostic.participants].sort((a, b) => a.id.localeCompare(b.id)),
    };
  }

  it('leaves the workshop as one delivery of each message would, whatever is resent', () => {
    const phoneStream = (p: number) =>
      fc.tuple(fc.array(messageArb(p), { minLength: 1, maxLength: 15 }), fc.array(fc.record({ after: fc.nat(), from: fc.nat() }), { maxLength: 4 }));
    fc.assert(
      fc.property(fc.tuple(...Array.from({ length: PHONES }, (_, p) => phoneStream(p))), fc.array(fc.nat(PHONES - 1), { maxLength: 60 }), (streams, order) => {
        const plain = streams.map(([steps]) => toMessages(steps));
        const resent = streams.map(([, replays], p) => withResends(plain[p]!, replays));
        // Interleave the phones by `order`, then whatever is left of each in turn.
        const interleave = (lists: ParticipantMessage[][]) => {
          const cursors = lists.map(() => 0);
          const out: [number, ParticipantMessage][] = [];
          for (const p of order) if (cursors[p]! < lists[p]!.length) out.push([p, lists[p]![cursors[p]!++]!]);
          lists.forEach((l, p) => l.slice(cursors[p]).forEach((m) => out.push([p, m])));
          return out;
        };
        const apply = (sequence: [number, ParticipantMessage][]) =>
          sequence.reduce((doc, [p, m]) => applyParticipantMessage(doc, phone(p), participantMessageSchema.parse(m)).doc, base);
        expect(canonical(apply(interleave(resent)))).toEqual(canonical(apply(interleave(plain))));
      }),
      { numRuns: 300 },
    );
  });
});
