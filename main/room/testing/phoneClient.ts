// A simulated phone for tests, the load script and the bench: Node's http against a room server
// on 127.0.0.1, optionally from its own loopback address (127.0.0.x on Linux), so per-address
// limits see one phone per address as in a real room.
import crypto from 'node:crypto';
import http from 'node:http';
import type { JoinAnswer, MessageReceipt, ParticipantMessageName, ParticipantRequestOf, RoomTeam } from '../../../shared/room/contract';
import type { ParticipantView } from '../../../shared/room/view';
import type { ParticipantRole } from '../../../shared/diagnostic/model';

export interface HttpAnswer<T = unknown> {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
}

/** Without keep-alive unless a caller gives an agent: a room closed and reopened leaves no dead sockets to reuse. */
const freshConnections = new http.Agent({ keepAlive: false });

export const phoneId = () => crypto.randomBytes(12).toString('base64url');

export function request<T>(
  port: number,
  options: { method?: string; path: string; body?: unknown; raw?: string; headers?: Record<string, string>; agent?: http.Agent },
): Promise<HttpAnswer<T>> {
  const payload = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? (payload === undefined ? 'GET' : 'POST'),
        path: options.path,
        agent: options.agent ?? freshConnections,
        headers: {
          ...(payload === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) as HttpAnswer<T>['body'] });
          } catch {
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: { ok: false, error: { code: 'not-json', message: text.slice(0, 200) } } });
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface EventStream {
  events: { event: string; data: unknown }[];
  /** Resolves with the first event (already received or to come) that `match` accepts. */
  next(match: (e: { event: string; data: unknown }) => boolean): Promise<{ event: string; data: unknown }>;
  ended: Promise<void>;
  close(): void;
}

export function openEvents(port: number, token: string, agent?: http.Agent): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const events: { event: string; data: unknown }[] = [];
    const waiting: { match: (e: { event: string; data: unknown }) => boolean; done: (e: { event: string; data: unknown }) => void }[] = [];
    let endDone: () => void = () => undefined;
    const ended = new Promise<void>((r) => (endDone = r));
    const req = http.get({ host: '127.0.0.1', port, path: `/room/events?token=${encodeURIComponent(token)}`, agent: agent ?? freshConnections }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`event stream answered ${res.statusCode}`));
        return;
      }
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!event || data === undefined) continue;
          const e = { event, data: JSON.parse(data) as unknown };
          events.push(e);
          for (const w of [...waiting]) if (w.match(e)) {
            waiting.splice(waiting.indexOf(w), 1);
            w.done(e);
          }
        }
      });
      res.on('close', () => endDone());
      resolve({
        events,
        next: (match) => {
          const found = events.find(match);
          return found ? Promise.resolve(found) : new Promise((done) => waiting.push({ match, done }));
        },
        ended,
        close: () => req.destroy(),
      });
    });
    req.on('error', (error) => {
      endDone();
      reject(error);
    });
  });
}

/**
 * A request again when a kept-alive connection was reset under it (the server closed an idle
 * socket as it was reused), as the phone page's outbox sends again; every message is idempotent.
 */
async function withRetry<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 3 || (code !== 'ECONNRESET' && code !== 'EPIPE')) throw error;
    }
  }
}

/** One phone: joins, then sends messages with its token. */
export function createPhone(port: number, options: { agent?: http.Agent } = {}) {
  let token = '';
  const auth = () => ({ Authorization: `Bearer ${token}` });
  return {
    get token() {
      return token;
    },
    set token(value: string) {
      token = value;
    },
    /** `role` is left out of the request unless given, as a phone page from before roles sends it. */
    async join(code: string, team: RoomTeam = 'sales', name = '', role?: ParticipantRole | null): Promise<HttpAnswer<JoinAnswer>> {
      const joinId = phoneId();
      const body = { joinId, code, team, name, ...(role === undefined ? {} : { role }) };
      const answer = await withRetry(() => request<JoinAnswer>(port, { path: '/room/api/join', body, agent: options.agent }));
      if (answer.body.ok) token = answer.body.value.token;
      return answer;
    },
    send<K extends ParticipantMessageName>(name: K, message: ParticipantRequestOf<K>): Promise<HttpAnswer<MessageReceipt>> {
      return withRetry(() => request<MessageReceipt>(port, { path: `/room/api/${name}`, body: message, headers: auth(), agent: options.agent }));
    },
    view: () => request<ParticipantView>(port, { path: '/room/api/view', headers: auth(), agent: options.agent }),
    events: () => openEvents(port, token, options.agent),
  };
}
