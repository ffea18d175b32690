// Phones to workshop through the room server and the facilitator's sync: receipts, resends,
// the facilitator's Baton reloading before a save, and a restart of Baton with the room reopened.
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageReceipt } from '../../shared/room/contract';
import { createFacilitatorLoop } from './testing/facilitatorLoop';
import { createPhone, phoneId } from './testing/phoneClient';
import { openTestRoom } from './testing/testRoom';

type TestRoom = Awaited<ReturnType<typeof openTestRoom>>;
const opened: TestRoom[] = [];
afterEach(async () => {
  for (const r of opened.splice(0)) await r.close();
});
async function open(...args: Parameters<typeof openTestRoom>) {
  const r = await openTestRoom(...args);
  opened.push(r);
  return r;
}

const receiptOf = (answer: { body: unknown }) => (answer.body as { ok: true; value: MessageReceipt }).value;

describe('a phone’s messages reach the workshop once', () => {
  it('queues a message, tells the phone `stored` once the facilitator saved it, and answers a resend with the same receipt', async () => {
    const room = await open();
    const facilitator = createFacilitatorLoop(room.dispatch, room.workshop);
    const phone = createPhone(room.port);
    await phone.join(room.code, 'marketing', 'Lee');
    const events = await phone.events();
    const friction = room.workshop.agenda[2]!;
    const message = { id: phoneId(), activityId: friction.id, noteId: phoneId(), areaId: friction.board!.areas[1]!.id, text: 'Leads go cold' };
    expect(receiptOf(await phone.send('addNote', message))).toEqual({ id: message.id, status: 'queued' });
    expect(receiptOf(await phone.send('addNote', message)).status).toBe('queued');
    await facilitator.step(0);
    await facilitator.step(0);
    expect(await events.next((e) => e.event === 'receipt')).toEqual({ event: 'receipt', data: { id: message.id, status: 'stored' } });
    expect(receiptOf(await phone.send('addNote', message)).status).toBe('stored');
    await facilitator.step(0);
    const notes = facilitator.doc().agenda[2]!.board!.notes.filter((n) => n.id === message.noteId);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ text: 'Leads go cold', team: 'marketing', author: 'Lee', hidden: true });
    // The saved workshop is what the phone is shown: its own hidden note, marked as its own.
    const view = await events.next((e) => e.event === 'view' && JSON.stringify(e.data).includes('Leads go cold'));
    expect(JSON.stringify(view.data)).toContain('"mine":true');
    events.close();
  });

  it('carries the role a phone joined with to its diagnostic participant, and none from a phone that gave none', async () => {
    const room = await open();
    const facilitator = createFacilitatorLoop(room.dispatch, room.workshop);
    const head = createPhone(room.port);
    const joined = await head.join(room.code, 'sales', 'Ann', 'head');
    expect(joined.body).toMatchObject({ ok: true, value: { team: 'sales', name: 'Ann', role: 'head' } });
    const older = createPhone(room.port);
    expect((await older.join(room.code, 'marketing', 'Bo')).body).toMatchObject({ ok: true, value: { role: null } });
    const bad = await createPhone(room.port).join(room.code, 'sales', 'Cy', 'boss' as never);
    expect(bad.status).toBe(400);
    const diagnostic = room.workshop.agenda[1]!;
    await head.send('answer', { id: phoneId(), activityId: diagnostic.id, statement: 1, answer: 4 });
    await older.send('answer', { id: phoneId(), activityId: diagnostic.id, statement: 1, answer: 2 });
    await facilitator.step(0);
    expect(facilitator.doc().diagnostic.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ann', 'head'],
      ['Bo', null],
    ]);
  });

  it('hands messages over again when the facilitator’s Baton reloads before saving them', async () => {
    const room = await open();
    const phone = createPhone(room.port);
    await phone.join(room.code);
    const diagnostic = room.workshop.agenda[1]!;
    await phone.send('answer', { id: phoneId(), activityId: diagnostic.id, statement: 1, answer: 4 });
    const first = await room.rooms.sync({ workshopId: room.workshop.id, after: 0, results: [], savedThrough: 0, waitMs: 0 });
    expect(first.ok && first.value.messages).toHaveLength(1);
    // A reload: the renderer starts again from 0 and never reported a save.
    const again = createFacilitatorLoop(room.dispatch, room.workshop);
    expect(await again.step(0)).toHaveLength(1);
    await again.step(0);
    expect(again.doc().diagnostic.participants[0]!.answers[0]).toBe(4);
    const status = await room.rooms.getRoomStatus(room.workshop.id);
    expect(status.ok && status.value.waiting).toBe(0);
  });

  it('brings phones back after Baton restarts and the room is reopened: same code, address and token, nothing doubled', async () => {
    const room = await open();
    const phone = createPhone(room.port);
    await phone.join(room.code, 'sales', 'Ann');
    const friction = room.workshop.agenda[2]!;
    const message = { id: phoneId(), activityId: friction.id, noteId: phoneId(), areaId: friction.board!.areas[0]!.id, text: 'Sent before the restart' };
    await phone.send('addNote', message);
    const facilitator = createFacilitatorLoop(room.dispatch, room.workshop);
    await facilitator.step(0);
    // Baton stops after saving but before telling the phone: the phone still holds the message.
    await room.close(false);
    opened.splice(opened.indexOf(room), 1);

    const reopened = await open({ dataDir: room.dataDir });
    expect(reopened.code).toBe(room.code);
    expect(reopened.port).toBe(room.port);
    expect((await phone.view()).status).toBe(200);
    expect(receiptOf(await phone.send('addNote', message)).status).toBe('queued');
    const after = createFacilitatorLoop(reopened.dispatch, reopened.workshop);
    await after.step(0);
    await after.step(0);
    expect(after.doc().agenda[2]!.board!.notes.filter((n) => n.text === 'Sent before the restart')).toHaveLength(1);
    expect(receiptOf(await phone.send('addNote', message)).status).toBe('stored');
  });

  it('pushes a view only when a save changed what the phone sees', async () => {
    const room = await open();
    const phone = createPhone(room.port);
    await phone.join(room.code);
    const events = await phone.events();
    await events.next((e) => e.event === 'view');
    const facilitator = createFacilitatorLoop(room.dispatch, room.workshop);
    // Facilitator notes on another activity: nothing a phone sees.
    // Edits are saved, one save each, at the loop's next step.
    const edits = Promise.all([
      facilitator.edit((doc) => ({ ...doc, agenda: doc.agenda.map((a, i) => (i === 0 ? { ...a, notes: 'Remember the coffee' } : a)) })),
      facilitator.edit((doc) => ({ ...doc, agenda: doc.agenda.map((a, i) => (i === 2 ? { ...a, title: 'Where it rubs' } : a)) })),
    ]);
    await facilitator.step(0);
    await edits;
    const renamed = await events.next((e) => e.event === 'view' && JSON.stringify(e.data).includes('Where it rubs'));
    expect(renamed).toBeDefined();
    expect(events.events.filter((e) => e.event === 'view')).toHaveLength(2);
    events.close();
  });

  it('reports live counts through getRoomStatus: who joined, by team', async () => {
    const room = await open();
    await createPhone(room.port).join(room.code, 'sales');
    await createPhone(room.port).join(room.code, 'other', 'Pat');
    const status = await room.dispatch('getRoomStatus', { workshopId: room.workshop.id });
    expect(status.ok).toBe(true);
    const participants = (status as { ok: true; value: { participants: { team: string; name: string }[] } }).value.participants;
    expect(participants.map((p) => [p.team, p.name])).toEqual([
      ['sales', ''],
      ['other', 'Pat'],
    ]);
  });
});
