// The room server phones talk to: Node's own http, serving the participant page and the
// participant contract (shared/room/contract.ts) and nothing else. It answers only requests
// addressed to the room's own host and port (DNS rebinding), from its own page (no CORS headers
// are ever sent; a foreign Origin is refused), within size, time and rate limits, and validates
// every body with the contract's zod schemas before the room (room.ts) sees it.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fail, ok } from '../../shared/result';
import {
  isParticipantMessageName,
  joinRequestSchema,
  participantMessageSchemas,
  ROOM_LIMITS,
  ROOM_PATHS,
  type ParticipantMessage,
} from '../../shared/room/contract';
import { describeIssues, issuesOf } from '../../shared/validation';
import { errorCodeFor, readJsonBody, Refusal, sendJson, urlOf } from '../httpBasics';
import { resolveStaticFile, staticHeaders } from '../staticFiles';
import { hostAndPort } from './networks';
import { createRateLimiter } from './rateLimit';
import type { PhoneStream, Room } from './room';

/** The participant page's entry, built beside the facilitator's (electron.vite.config.ts). */
export const PARTICIPANT_PAGE = 'participant.html';
/** The files besides /assets/ the page loads: itself and its icon. */
const PAGE_FILES = [`/${PARTICIPANT_PAGE}`, '/icon.svg'];
/** A join with a well-formed but wrong code (room.ts); these count towards the limits on guessing. */
const WRONG_CODE_STATUS = 422;
/** Comments on idle event streams, so phones and Wi-Fi routers keep them open. */
const HEARTBEAT_MS = 15_000;
/** Unsent bytes a phone's stream may pile up (a phone that stopped reading); past it the stream is cut and the phone reconnects. */
const MAX_STREAM_BACKLOG_BYTES = 4 * 1024 * 1024;

export interface RoomServerOptions {
  room: Room;
  /** Where the built participant page is (out/renderer). */
  pageDir: string;
  /** The address to listen on: the chosen LAN interface, or 127.0.0.1 in tests. */
  host: string;
  /** 0 picks a free port. */
  port?: number;
  /** Lower limits for tests; the contract's otherwise. */
  limits?: Partial<Record<keyof typeof ROOM_LIMITS, number>>;
  headersTimeoutMs?: number;
}

export interface RunningRoomServer {
  port: number;
  /** `host:port` to type. */
  address: string;
  close(): Promise<void>;
}

export function startRoomServer(options: RoomServerOptions): Promise<RunningRoomServer> {
  const { room } = options;
  const limits = { ...ROOM_LIMITS, ...options.limits };
  const perPhone = createRateLimiter(limits.requestsPerPhonePerMinute);
  const perAddress = createRateLimiter(limits.requestsPerAddressPerMinute);
  const failedJoinsByAddress = createRateLimiter(limits.failedJoinsPerAddressPerMinute);
  const failedJoins = createRateLimiter(limits.failedJoinsPerRoomPerMinute);
  const openStreams = new Set<http.ServerResponse>();
  let port = 0;
  let closing = false;

  function tooMany(seconds: number, what: string): Refusal {
    return new Refusal(429, `Too many ${what}; try again in ${seconds} s.`, { 'Retry-After': String(seconds) });
  }

  function checkOrigin(req: http.IncomingMessage): void {
    const self = hostAndPort(options.host, port);
    // Any other Host means a rebound DNS name or a proxy: refuse before anything else.
    if (req.headers.host !== self) throw new Refusal(403, 'Requests must be addressed to the room’s own address.');
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${self}`) throw new Refusal(403, 'Requests from other web pages are refused.');
    if (req.headers['sec-fetch-site'] === 'cross-site') throw new Refusal(403, 'Cross-site requests are refused.');
  }

  function tokenOf(req: http.IncomingMessage, url: URL): string {
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : url.searchParams.get('token');
    if (!token || token.length > 100) throw new Refusal(401, 'This phone is not in the room; join again with the code.');
    return token;
  }

  /** The phone a request comes from, counted against its own rate limit. */
  function phoneOf(req: http.IncomingMessage, url: URL) {
    const participant = room.identify(tokenOf(req, url));
    const wait = perPhone.hit(participant.id);
    if (wait) throw tooMany(wait, 'requests from this phone');
    return participant;
  }

  async function handleJoin(req: http.IncomingMessage, res: http.ServerResponse, address: string): Promise<void> {
    const blocked = Math.max(failedJoinsByAddress.check(address), failedJoins.check('room'));
    if (blocked) throw tooMany(blocked, 'attempts to join');
    const parsed = joinRequestSchema.safeParse(await readJsonBody(req, limits.maxBodyBytes));
    if (!parsed.success) throw new Refusal(400, `The join request is not valid: ${describeIssues(issuesOf(parsed.error))}`);
    try {
      sendJson(res, 200, ok(room.join(parsed.data)));
    } catch (error) {
      if (error instanceof Refusal && error.status === WRONG_CODE_STATUS) {
        failedJoinsByAddress.hit(address);
        failedJoins.hit('room');
      }
      throw error;
    }
  }

  async function handleMessage(req: http.IncomingMessage, res: http.ServerResponse, url: URL, name: string): Promise<void> {
    const participant = phoneOf(req, url);
    if (!isParticipantMessageName(name)) throw new Refusal(404, `There is no message called "${name}".`);
    const parsed = participantMessageSchemas[name].safeParse(await readJsonBody(req, limits.maxBodyBytes));
    if (!parsed.success) throw new Refusal(400, `The ${name} message is not valid: ${describeIssues(issuesOf(parsed.error))}`);
    sendJson(res, 200, ok(room.receive(participant, { type: name, ...parsed.data } as ParticipantMessage)));
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    const participant = phoneOf(req, url);
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.write('retry: 3000\n\n');
    const stream: PhoneStream = {
      send: (event, data) => {
        if (res.writableLength > MAX_STREAM_BACKLOG_BYTES) res.destroy();
        else res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      },
      close: () => res.end(),
    };
    openStreams.add(res);
    const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
    const remove = room.addStream(participant, stream);
    res.on('close', () => {
      clearInterval(heartbeat);
      openStreams.delete(res);
      remove();
    });
  }

  function handlePage(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new Refusal(405, 'Only GET is served here.');
    // The page and its assets only: the facilitator's own page is never served to phones.
    const wanted = pathname === '/' ? `/${PARTICIPANT_PAGE}` : pathname;
    const found = PAGE_FILES.includes(wanted) || wanted.startsWith('/assets/') ? resolveStaticFile(options.pageDir, wanted) : null;
    const stat = found && fs.statSync(found.file, { throwIfNoEntry: false });
    if (!found || !stat?.isFile()) throw new Refusal(404, 'Not found.');
    res.writeHead(200, { ...staticHeaders(found.contentType), 'Content-Length': stat.size });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(found.file).pipe(res);
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    checkOrigin(req);
    if (closing) throw new Refusal(410, 'The room is closed.');
    const address = req.socket.remoteAddress ?? 'unknown';
    const wait = perAddress.hit(address);
    if (wait) throw tooMany(wait, 'requests from this network address');
    const url = urlOf(req.url);
    const { pathname } = url;
    if (pathname === ROOM_PATHS.events) {
      if (req.method !== 'GET') throw new Refusal(405, 'Use GET for the event stream.');
      return handleEvents(req, res, url);
    }
    if (pathname.startsWith(ROOM_PATHS.api)) {
      const name = pathname.slice(ROOM_PATHS.api.length);
      if (name === 'view') {
        if (req.method !== 'GET') throw new Refusal(405, 'Use GET for the view.');
        return sendJson(res, 200, ok(room.view(phoneOf(req, url))));
      }
      if (req.method !== 'POST') throw new Refusal(405, 'Use POST for messages.');
      return name === 'join' ? handleJoin(req, res, address) : handleMessage(req, res, url, name);
    }
    handlePage(req, res, pathname);
  }

  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const server = http.createServer(
    { headersTimeout, requestTimeout: Math.max(30_000, headersTimeout), connectionsCheckingInterval: Math.min(1_000, headersTimeout) },
    (req, res) => {
      route(req, res).catch((error: unknown) => {
        const refusal = error instanceof Refusal ? error : null;
        if (!refusal) console.error(error);
        const status = refusal?.status ?? 500;
        if (!res.headersSent) sendJson(res, status, fail(errorCodeFor(status), refusal?.message ?? 'The room failed to answer.'), refusal?.headers);
        else res.destroy();
      });
    },
  );
  // Phones hold one stream each plus a request or two; far more connections is a flood.
  server.maxConnections = limits.maxParticipants * 4 + 50;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host, () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        port,
        address: hostAndPort(options.host, port),
        close: () =>
          new Promise<void>((done) => {
            closing = true;
            room.close();
            for (const res of openStreams) res.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * The folder the participant page was built into (out/renderer), found from the folder of the
 * code asking: out/main for an entry, out/main/chunks for code the bundler moved into a chunk.
 */
export function builtPageDir(codeDir: string): string {
  const candidates = [path.join(codeDir, '../renderer'), path.join(codeDir, '../../renderer')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, PARTICIPANT_PAGE))) ?? candidates[0]!;
}
