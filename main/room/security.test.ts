// The room server against people who should not get in or get more than their own: every case of
// the threat model in the README, over real HTTP on 127.0.0.1.
import { afterEach, describe, expect, it } from 'vitest';
import { ROOM_LIMITS } from '../../shared/room/contract';
import type { ParticipantView } from '../../shared/room/view';
import { createPhone, phoneId, request } from './testing/phoneClient';
import { createFacilitatorLoop } from './testing/facilitatorLoop';
import { openTestRoom, PAGE_TEXT } from './testing/testRoom';

type TestRoom = Awaited<ReturnType<typeof openTestRoom>>;
let room: TestRoom | undefined;
afterEach(async () => {
  await room?.close();
  room = undefined;
});

const frictionOf = (r: TestRoom) => r.workshop.agenda[2]!;

describe('someone on the network without the code', () => {
  it('cannot join with a wrong code, and is slowed down after a few guesses', async () => {
    room = await openTestRoom();
    const phone = createPhone(room.port);
    const wrong = room.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    expect((await phone.join(wrong)).status).toBe(422);
    for (let i = 1; i < ROOM_LIMITS.failedJoinsPerAddressPerMinute; i++) await phone.join(wrong);
    const blocked = await phone.join(room.code);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('sees nothing without a token: no view, no events, no messages', async () => {
    room = await openTestRoom();
    expect((await request(room.port, { path: '/room/api/view' })).status).toBe(401);
    expect((await request(room.port, { path: '/room/events' })).status).toBe(401);
    const forged = { Authorization: `Bearer ${'x'.repeat(43)}` };
    expect((await request(room.port, { path: '/room/api/view', headers: forged })).status).toBe(401);
    expect((await request(room.port, { path: '/room/api/addNote', body: {}, headers: forged })).status).toBe(401);
  });

  it('gets the participant page with a strict CSP, and never the facilitator’s page', async () => {
    room = await openTestRoom();
    const page = await fetch(`http://127.0.0.1:${room.port}/`);
    expect(await page.text()).toBe(PAGE_TEXT);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await fetch(`http://127.0.0.1:${room.port}/index.html`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${room.port}/assets/../index.html`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${room.port}/assets/participant.js`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${room.port}/icon.svg`)).status).toBe(200);
  });
});

describe('requests from elsewhere', () => {
  it('refuses a foreign Host (DNS rebinding) and a foreign Origin, and never allows cross-origin reads', async () => {
    room = await openTestRoom();
    const viaName = await request(room.port, { path: '/', headers: { Host: `evil.example:${room.port}` } });
    expect(viaName.status).toBe(403);
    const foreign = await request(room.port, { path: '/room/api/join', body: { joinId: phoneId(), code: room.code, team: 'sales', name: '' }, headers: { Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const same = await request(room.port, { path: '/room/api/join', body: { joinId: phoneId(), code: room.code, team: 'sales', name: '' }, headers: { Origin: `http://127.0.0.1:${room.port}` } });
    expect(same.status).toBe(200);
    expect(same.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(room.port, { method: 'OPTIONS', path: '/room/api/join', headers: { Origin: 'http://evil.example' } });
    expect(preflight.status).toBe(403);
  });
});

describe('a participant', () => {
  it('cannot reach the facilitator’s channels through the room', async () => {
    room = await openTestRoom();
    const phone = createPhone(room.port);
    await phone.join(room.code);
    for (const channel of ['syncRoom', 'openRoom', 'getWorkshop', 'removeRoomParticipant', 'exportWorkshop']) {
      const answer = await request(room.port, { path: `/room/api/${channel}`, body: { workshopId: room.workshop.id }, headers: { Authorization: `Bearer ${phone.token}` } });
      expect(answer.status, channel).toBe(404);
      // The bridge's paths are not served here at all (POST to the page's paths is refused too).
      const bridgePath = await request(room.port, { path: `/api/${channel}`, body: {}, headers: { Authorization: `Bearer ${phone.token}` } });
      expect([404, 405], channel).toContain(bridgePath.status);
      expect(bridgePath.body.ok).toBe(false);
    }
  });

  it('never sees another phone’s hidden note, and cannot edit or delete it', async () => {
    room = await openTestRoom();
    const facilitator = createFacilitatorLoop(room.dispatch, room.workshop);
    const [ann, bo] = [createPhone(room.port), createPhone(room.port)];
    await ann.join(room.code, 'sales', 'Ann');
    await bo.join(room.code, 'marketing', 'Bo');
    const friction = frictionOf(room);
    const noteId = phoneId();
    await ann.send('addNote', { id: phoneId(), activityId: friction.id, noteId, areaId: friction.board!.areas[0]!.id, text: 'Only Ann knows this' });
    await facilitator.step(0);
    const seen = (await bo.view()).body as { ok: true; value: ParticipantView };
    expect(JSON.stringify(seen.value)).not.toContain('Only Ann knows this');
    expect(JSON.stringify((await ann.view()).body)).toContain('Only Ann knows this');
    await bo.send('editNote', { id: phoneId(), activityId: friction.id, noteId, text: 'Bo was here' });
    await bo.send('deleteNote', { id: phoneId(), activityId: friction.id, noteId });
    await facilitator.step(0);
    const note = facilitator.doc().agenda[2]!.board!.notes.find((n) => n.id === noteId);
    expect(note?.text).toBe('Only Ann knows this');
  });

  it('cannot learn or use another phone’s token: tokens appear in no answer but the join', async () => {
    room = await openTestRoom();
    const [ann, bo] = [createPhone(room.port), createPhone(room.port)];
    const joined = await ann.join(room.code, 'sales', 'Ann');
    await bo.join(room.code);
    expect(ann.token).not.toBe(bo.token);
    expect(JSON.stringify((await bo.view()).body)).not.toContain(ann.token);
    expect(JSON.stringify((await ann.view()).body)).not.toContain(ann.token);
    const participantId = (joined.body as { ok: true; value: { participantId: string } }).value.participantId;
    expect((await request(room.port, { path: '/room/api/view', headers: { Authorization: `Bearer ${participantId}` } })).status).toBe(401);
  });

  it('sending script in a note gets it stored as plain text, exactly as typed', async () => {
    room = await openTestRoom();
    const facilitator = createFacilitatorLoop(room.dispatch, room.workshop);
    const phone = createPhone(room.port);
    await phone.join(room.code);
    const friction = frictionOf(room);
    const text = '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>';
    const noteId = phoneId();
    await phone.send('addNote', { id: phoneId(), activityId: friction.id, noteId, areaId: friction.board!.areas[0]!.id, text });
    await facilitator.step(0);
    expect(facilitator.doc().agenda[2]!.board!.notes.find((n) => n.id === noteId)?.text).toBe(text);
    const view = await phone.view();
    expect(view.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(view.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('flooding and malformed messages', () => {
  it('answers a phone over its rate limit with 429 and Retry-After', async () => {
    room = await openTestRoom({ limits: { requestsPerPhonePerMinute: 5 } });
    const phone = createPhone(room.port);
    await phone.join(room.code);
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await phone.view()).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it('answers one network address over its limit with 429, whatever tokens it uses', async () => {
    room = await openTestRoom({ limits: { requestsPerAddressPerMinute: 6 } });
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await request(room.port, { path: '/room/api/join', body: { joinId: phoneId(), code: room.code, team: 'sales', name: '' } })).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
  });

  it('refuses oversized, malformed and invalid bodies with a clear status', async () => {
    room = await openTestRoom();
    const phone = createPhone(room.port);
    await phone.join(room.code);
    const auth = { Authorization: `Bearer ${phone.token}` };
    const friction = frictionOf(room);
    const big = await request(room.port, { path: '/room/api/addNote', raw: JSON.stringify({ text: 'x'.repeat(ROOM_LIMITS.maxBodyBytes) }), headers: auth });
    expect(big.status).toBe(413);
    expect((await request(room.port, { path: '/room/api/addNote', raw: '{"id": ', headers: auth })).status).toBe(400);
    expect((await request(room.port, { path: '/room/api/addNote', raw: 'id=1', headers: { ...auth, 'Content-Type': 'text/plain' } })).status).toBe(415);
    const tooLong = await phone.send('addNote', { id: phoneId(), activityId: friction.id, noteId: phoneId(), areaId: friction.board!.areas[0]!.id, text: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(tooLong.body)).toContain('2000 characters');
    const extra = await request(room.port, { path: '/room/api/answer', body: { id: phoneId(), activityId: 'x', statement: 21, answer: 3, admin: true }, headers: auth });
    expect(extra.status).toBe(400);
    expect((await request(room.port, { path: '/room/api/answer', headers: auth })).status).toBe(405);
    const badJoin = await request(room.port, { path: '/room/api/join', body: { joinId: 'short', code: room.code, team: 'pirates' } });
    expect(badJoin.status).toBe(400);
  });
});

describe('the facilitator’s controls', () => {
  it('a locked room takes no new phones; a removed phone is shut out and its waiting messages dropped', async () => {
    room = await openTestRoom();
    const phone = createPhone(room.port);
    const joined = await phone.join(room.code);
    await room.rooms.setLocked(room.workshop.id, true);
    expect((await createPhone(room.port).join(room.code)).status).toBe(409);
    const friction = frictionOf(room);
    await phone.send('setVotes', { id: phoneId(), activityId: friction.id, noteIds: ['laptop-open'] });
    const participantId = (joined.body as { ok: true; value: { participantId: string } }).value.participantId;
    const removed = await room.rooms.removeParticipant(room.workshop.id, participantId);
    expect(removed.ok && removed.value.participants).toEqual([]);
    expect(removed.ok && removed.value.waiting).toBe(0);
    expect((await phone.view()).status).toBe(403);
  });

  it('closing entry for an activity refuses later messages for it', async () => {
    room = await openTestRoom();
    const phone = createPhone(room.port);
    await phone.join(room.code);
    const friction = frictionOf(room);
    await room.rooms.setEntry(room.workshop.id, friction.id, false);
    const answer = await phone.send('setVotes', { id: phoneId(), activityId: friction.id, noteIds: ['laptop-open'] });
    expect(answer.body).toMatchObject({ ok: true, value: { status: 'refused' } });
  });
});

describe('closing the room while phones are connected', () => {
  it('ends their event streams, and the address stops answering', async () => {
    room = await openTestRoom();
    const phone = createPhone(room.port);
    await phone.join(room.code);
    const events = await phone.events();
    await events.next((e) => e.event === 'view');
    await room.rooms.closeRoom(room.workshop.id);
    await events.ended;
    // A kept-alive socket may first hang up; a new connection then finds nothing listening.
    await phone.view().catch(() => undefined);
    await expect(phone.view()).rejects.toThrow(/ECONNREFUSED/);
  });
});
