// Figures for the room phones join: how long a phone's message takes to reach the facilitator's
// Baton with 40 phones sending at once, and the load run of 100 phones (every item stored
// exactly once, the server's memory with all of them connected). Everything on 127.0.0.1.
import http from 'node:http';
import { createFacilitatorLoop } from '../main/room/testing/facilitatorLoop';
import { createPhone, phoneId, request } from '../main/room/testing/phoneClient';
import { runRoomLoad } from '../main/room/testing/roomLoad';
import { openTestRoom } from '../main/room/testing/testRoom';
import { figure, type Figure } from './figure';
import { atP95, single, summarize } from './measure';

const LATENCY_PHONES = 40;
const LATENCY_ROUNDS = 10;

/**
 * From a phone starting its request to the facilitator's Baton holding the message applied to its
 * workshop (the sync loop's answer, through the same dispatch as IPC), p95 over rounds in which
 * all 40 phones send at once.
 */
export async function roomLatencyFigure(): Promise<Figure> {
  const baseline = await bareServerLatency();
  const room = await openTestRoom();
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let arrived: (() => void) | undefined;
  const facilitator = createFacilitatorLoop(room.dispatch, room.workshop);
  const loop = facilitator.run((messages, receivedAt) => {
    for (const m of messages) {
      const start = sentAt.get(m.message.id);
      if (start !== undefined) latencies.push(receivedAt - start);
    }
    if (latencies.length % LATENCY_PHONES === 0) arrived?.();
  });
  const [, diagnostic, friction] = room.workshop.agenda;
  try {
    const phones = await Promise.all(
      Array.from({ length: LATENCY_PHONES }, async (_, i) => {
        const phone = createPhone(room.port, { agent: new http.Agent({ keepAlive: true, maxSockets: 1 }) });
        await phone.join(room.code, i % 2 ? 'sales' : 'marketing');
        return phone;
      }),
    );
    for (let round = 0; round < LATENCY_ROUNDS; round++) {
      const done = new Promise<void>((resolve) => (arrived = resolve));
      await Promise.all(
        phones.map((phone, i) => {
          const id = phoneId();
          sentAt.set(id, performance.now());
          return round % 2
            ? phone.send('addNote', { id, activityId: friction!.id, noteId: phoneId(), areaId: friction!.board!.areas[i % 8]!.id, text: `Round ${round} from ${i}` })
            : phone.send('answer', { id, activityId: diagnostic!.id, statement: round + 1, answer: ((i % 5) + 1) as 1 });
        }),
      );
      await done;
    }
  } finally {
    facilitator.stop();
    await loop;
    await room.close();
  }
  const sample = summarize(latencies);
  return figure({
    figure: 'Phone message to facilitator, 40 phones at once (p95)',
    sample: atP95(sample),
    unit: 'ms',
    target: '≤ 250 ms',
    baseline: baseline.p95,
    meets: (value) => value <= 250,
    note: `baseline: the same 40 clients posting the same bodies at once to a bare Node http server that only parses them (p95; median ${baseline.median.toFixed(1)} ms); p95 of ${sample.runs} messages (median ${sample.median.toFixed(1)} ms): request start to the facilitator's sync holding it applied to its workshop (saves debounced like the autosave, in the same process). The React render after that is not in it.`,
  });
}

/**
 * The floor under the figure above, measured in the same run: 40 clients in this process post
 * JSON bodies at once to a bare Node http server, timed from request start to the server having
 * parsed the body.
 */
async function bareServerLatency() {
  const startedAt = new Map<string, number>();
  const latencies: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { id } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string };
      latencies.push(performance.now() - startedAt.get(id)!);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const agents = Array.from({ length: LATENCY_PHONES }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  try {
    for (let round = 0; round < LATENCY_ROUNDS; round++) {
      await Promise.all(
        agents.map((agent, i) => {
          const id = phoneId();
          startedAt.set(id, performance.now());
          return request(port, { path: '/room/api/addNote', body: { id, text: `Round ${round} from ${i}` }, agent });
        }),
      );
    }
  } finally {
    for (const agent of agents) agent.destroy();
    server.close();
  }
  return summarize(latencies);
}

/** 100 phones each send 20 answers, 5 notes and their dots, then replay them all. */
export async function roomLoadFigures(): Promise<Figure[]> {
  const result = await runRoomLoad({ phones: 100, answers: 20, notes: 5 });
  const ok = result.refused.length === 0 && result.problems.length === 0;
  return [
    figure({
      figure: 'Room load: 100 phones, every item stored once',
      sample: single(result.ms),
      unit: 'ms',
      target: 'all stored exactly once, none refused',
      baseline: null,
      meets: () => ok,
      note: `${result.sent} messages sent and each sent again; ${result.refused.length} refused, ${result.problems.length} stored wrongly${ok ? '' : `: ${[...result.refused, ...result.problems].slice(0, 3).join('; ')}`}.`,
    }),
    figure({
      figure: 'Room memory with 100 phones connected',
      sample: single(result.rssGrowthBytes / 1024 / 1024),
      unit: 'MB',
      target: '≤ 100 MB',
      baseline: null,
      meets: (value) => value <= 100,
      note: 'Growth of the resident memory of the process once 100 phones joined and hold their event streams open; the simulated phones run in the same process, so it is an upper bound for the server.',
    }),
  ];
}
