// What the phone shows is what the laptop has confirmed, with what is still waiting in the outbox
// laid over it: a note typed offline is listed (marked as waiting), an answer shows as chosen.
import type { Answer } from '../../shared/diagnostic/model';
import type { ParticipantMessageName, ParticipantRequestOf } from '../../shared/room/contract';
import type { PublicNote } from '../../shared/room/view';
import type { Queued } from './outbox';
import type { MyNote } from './screens/notesScreen';

export type OutMessage = {
  [K in ParticipantMessageName]: Queued & { name: K; body: ParticipantRequestOf<K> };
}[ParticipantMessageName];

/** Makes an outbox entry; the slot says which earlier waiting message this one replaces. */
export function outMessage<K extends ParticipantMessageName>(name: K, body: ParticipantRequestOf<K>): OutMessage {
  const b = body as ParticipantRequestOf<ParticipantMessageName> & { statement?: number; noteId?: string };
  const slot =
    name === 'answer'
      ? `answer:${b.activityId}:${b.statement}`
      : name === 'setVotes'
        ? `votes:${b.activityId}`
        : // Notes: an edit replaces a waiting edit of the same note; an add and a delete stay in order.
          `${name}:${b.noteId}`;
  return { id: body.id, slot, name, body } as OutMessage;
}

const forActivity = (pending: readonly OutMessage[], activityId: string) => pending.filter((m) => m.body.activityId === activityId);

export function answersWithPending(confirmed: readonly Answer[], pending: readonly OutMessage[], activityId: string): Answer[] {
  const answers = [...confirmed];
  for (const m of forActivity(pending, activityId)) {
    if (m.name === 'answer') answers[m.body.statement - 1] = m.body.answer ?? null;
  }
  return answers;
}

export function myNotesWithPending(notes: readonly PublicNote[], pending: readonly OutMessage[], activityId: string): MyNote[] {
  const mine: MyNote[] = notes.filter((n) => n.mine).map((n) => ({ id: n.id, areaId: n.areaId, text: n.text, waiting: false, locked: !n.editable }));
  for (const m of forActivity(pending, activityId)) {
    if (m.name === 'addNote') {
      if (!mine.some((n) => n.id === m.body.noteId)) mine.push({ id: m.body.noteId, areaId: m.body.areaId, text: m.body.text, waiting: true, locked: false });
    } else if (m.name === 'editNote') {
      const i = mine.findIndex((n) => n.id === m.body.noteId);
      if (i >= 0) mine[i] = { ...mine[i]!, text: m.body.text ?? mine[i]!.text, areaId: m.body.areaId ?? mine[i]!.areaId, waiting: true };
    } else if (m.name === 'deleteNote') {
      const i = mine.findIndex((n) => n.id === m.body.noteId);
      if (i >= 0) mine.splice(i, 1);
    }
  }
  return mine;
}

export function votesWithPending(confirmed: readonly string[], pending: readonly OutMessage[], activityId: string): string[] {
  const last = forActivity(pending, activityId).findLast((m) => m.name === 'setVotes');
  return last?.name === 'setVotes' ? [...last.body.noteIds] : [...confirmed];
}
