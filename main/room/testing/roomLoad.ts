// The room's load script: N simulated phones (Node clients on 127.0.0.1, bounded in count and
// time) join, each answer the 20 statements and write notes in private writing, the facilitator
// reveals, each phone casts its dots; then every phone replays its whole outbox, as a phone does
// after losing its connection. Checks that every item is stored exactly once and that nothing
// valid was refused. Used by main/room/load.test.ts (light) and `npm run bench` (100 phones).
import http from 'node:http';
import net from 'node:net';
import { revealAll } from '../../../shared/board/edits';
import { updateBoard } from '../../../shared/agenda/edits';
import type { MessageReceipt, ParticipantMessageName, ParticipantRequestOf, RoomTeam } from '../../../shared/room/contract';
import { ROOM_TEAMS } from '../../../shared/room/contract';
import { createFacilitatorLoop } from './facilitatorLoop';
import { createPhone, phoneId, type EventStream } from './phoneClient';
import { openTestRoom } from './testRoom';

export const MAX_LOAD_PHONES = 200;
const TIME_LIMIT_MS = 5 * 60_000;

export interface LoadResult {
  phones: number;
  sent: number;
  refused: string[];
  /** Items missing from, doubled in or differing in the saved workshop. */
  problems: string[];
  /** From the first join to the last message stored. */
  ms: number;
  /** Growth of this process's resident memory with every phone joined and holding its event stream open (clients included). */
  rssGrowthBytes: number;
}

/** One loopback address per phone where the system allows it (Linux routes all of 127/8), so per-address limits apply as in a room. */
async function loopbackAddressesWork(): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const socket = net.connect({ host: '127.0.0.1', port: (server.address() as net.AddressInfo).port, localAddress: '127.0.0.2' });
      const done = (works: boolean) => {
        socket.destroy();
        server.close();
        resolve(works);
      };
      socket.once('connect', () => done(true));
      socket.once('error', () => done(false));
    });
  });
}

type Sent = { name: ParticipantMessageName; body: ParticipantRequestOf<ParticipantMessageName> };

export async function runRoomLoad(options: { phones: number; answers?: number; notes?: number }): Promise<LoadResult> {
  const phonesWanted = Math.min(options.phones, MAX_LOAD_PHONES);
  const answerCount = Math.min(options.answers ?? 20, 20);
  const noteCount = options.notes ?? 5;
  const ownAddresses = await loopbackAddressesWork();
  // Without an address per phone they all share 127.0.0.1, so that limit is raised to fit them.
  const room = await openTestRoom(ownAddresses ? {} : { limits: { requestsPerAddressPerMinute: 1_000_000 } });
  const deadline = Date.now() + TIME_LIMIT_MS;
  const facilitator = createFacilitatorLoop(room.dispatch, room.workshop);
  const loop = facilitator.run();
  const [, diagnostic, friction] = room.workshop.agenda;
  const areas = friction!.board!.areas;
  const refused: string[] = [];
  const streams: EventStream[] = [];
  const started = performance.now();
  const rssBefore = process.memoryUsage().rss;
  try {
    const phones = await Promise.all(
      Array.from({ length: phonesWanted }, async (_, i) => {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 2, ...(ownAddresses ? { localAddress: `127.0.${Math.floor((i + 2) / 250)}.${((i + 2) % 250) + 1}` } : {}) });
        const phone = createPhone(room.port, { agent });
        const team: RoomTeam = ROOM_TEAMS[i % ROOM_TEAMS.length]!;
        const joined = await phone.join(room.code, team, `Phone ${i + 1}`);
        if (!joined.body.ok) throw new Error(`phone ${i + 1} could not join: ${joined.body.error.message}`);
        streams.push(await phone.events());
        return { phone, agent, id: joined.body.value.participantId, team, outbox: [] as Sent[], notes: [] as string[], votes: [] as string[] };
      }),
    );
    const rssGrowthBytes = process.memoryUsage().rss - rssBefore;

    /** Sends in order, one at a time, as the phone page's outbox does. */
    async function send(p: (typeof phones)[number], item: Sent, expect: MessageReceipt['status'][] = ['queued']) {
      if (Date.now() > deadline) throw new Error('The load run passed its time limit.');
      const answer = await p.phone.send(item.name, item.body as never);
      if (!answer.body.ok) throw new Error(`${item.name} from ${p.id} answered ${answer.status}: ${answer.body.error.message}`);
      if (!expect.includes(answer.body.value.status)) refused.push(`${item.name} from ${p.id}: ${answer.body.value.status} ${answer.body.value.reason ?? ''}`);
    }

    await Promise.all(
      phones.map(async (p, i) => {
        for (let s = 1; s <= answerCount; s++) {
          const item: Sent = { name: 'answer', body: { id: phoneId(), activityId: diagnostic!.id, statement: s, answer: (((i + s) % 5) + 1) as 1 } };
          p.outbox.push(item);
          await send(p, item);
        }
        for (let n = 0; n < noteCount; n++) {
          const noteId = phoneId();
          p.notes.push(noteId);
          const item: Sent = { name: 'addNote', body: { id: phoneId(), activityId: friction!.id, noteId, areaId: areas[(i + n) % areas.length]!.id, text: `Note ${n + 1} from phone ${i + 1}` } };
          p.outbox.push(item);
          await send(p, item);
        }
      }),
    );
    await waitUntilStored(room, deadline);
    // The facilitator reveals the notes, as on the laptop; phones then vote on others' notes.
    await facilitator.edit((doc) => ({ ...doc, agenda: updateBoard(doc.agenda, friction!.id, revealAll) }));
    await Promise.all(
      phones.map(async (p, i) => {
        const next = phones[(i + 1) % phones.length]!;
        p.votes = next.notes.slice(0, Math.min(3, next.notes.length));
        const item: Sent = { name: 'setVotes', body: { id: phoneId(), activityId: friction!.id, noteIds: p.votes } };
        p.outbox.push(item);
        await send(p, item);
      }),
    );
    await waitUntilStored(room, deadline);
    // Every phone sends its whole outbox again: each message is recognised, none applied twice.
    await Promise.all(
      phones.map(async (p) => {
        for (const item of p.outbox) await send(p, item, ['stored']);
      }),
    );
    const ms = performance.now() - started;
    facilitator.stop();
    await loop;

    const doc = facilitator.doc();
    const problems: string[] = [];
    const board = doc.agenda.find((a) => a.id === friction!.id)!.board!;
    for (const [i, p] of phones.entries()) {
      const answers = doc.diagnostic.participants.filter((x) => x.id === p.id);
      if (answers.length !== 1) problems.push(`${p.id} is ${answers.length} times in the diagnostic`);
      else for (let s = 1; s <= answerCount; s++) if (answers[0]!.answers[s - 1] !== ((i + s) % 5) + 1) problems.push(`${p.id} statement ${s} is ${answers[0]!.answers[s - 1]}`);
      const theirs = board.notes.filter((n) => n.writer === p.id);
      if (theirs.length !== noteCount || new Set(theirs.map((n) => n.id)).size !== noteCount) problems.push(`${p.id} has ${theirs.length} notes, not ${noteCount}`);
      const ballot = board.ballots.filter((b) => b.id === p.id);
      if (p.votes.length > 0 && (ballot.length !== 1 || [...ballot[0]!.votes].sort().join() !== [...p.votes].sort().join())) problems.push(`${p.id}'s dots differ`);
    }
    return { phones: phones.length, sent: phones.reduce((sum, p) => sum + p.outbox.length, 0), refused, problems, ms, rssGrowthBytes };
  } finally {
    facilitator.stop();
    for (const s of streams) s.close();
    await loop.catch(() => undefined);
    await room.close();
  }
}

async function waitUntilStored(room: Awaited<ReturnType<typeof openTestRoom>>, deadline: number): Promise<void> {
  for (;;) {
    const status = await room.rooms.getRoomStatus(room.workshop.id);
    if (status.ok && status.value.waiting === 0) return;
    if (Date.now() > deadline) throw new Error('Messages were still waiting at the time limit.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
