// Browser mode's bridge under attack: every kind of foreign or malformed request against a real
// bridge is refused, none reaches a service, nothing on disk changes and the server keeps serving.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../services/createServices';
import { createDispatch } from '../services/dispatch';
import { createHandlers, type Handlers } from '../services/handlers';
import { openConfStore } from '../storage/confStore';
import { DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES, REQUEST_TIMEOUT_MS, startBridge, type RunningBridge } from './server';

const SECRET = 'this file is outside the renderer';
const APP_PAGE = '<!doctype html><title>Baton</title>';
const HEADERS_TIMEOUT_MS = 400;

let bridge: RunningBridge;
let dataDir: string;
const reached: string[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-hostile-'));
  const rendererDir = path.join(dataDir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), APP_PAGE);
  fs.writeFileSync(path.join(dataDir, 'secret.txt'), SECRET);
  const services = createServices({ dataDir, openStore: openConfStore, log: () => undefined });
  services.workshops.create({ title: 'Already here', client: '', date: '', facilitator: '' });
  const real = createHandlers(services);
  // Every handler records that it ran, so a request that got past the bridge's checks shows up.
  const recording = new Proxy(real, {
    get: (target, name: string) => (request: never) => {
      reached.push(name);
      return (target[name as keyof Handlers] as (r: never) => unknown)(request);
    },
  }) as Handlers;
  bridge = await startBridge({ dispatch: createDispatch(recording, () => undefined), rendererDir, port: 0, headersTimeoutMs: HEADERS_TIMEOUT_MS });
});

afterAll(async () => {
  await bridge.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

interface Request {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in chunks without declaring its length. */
  chunked?: boolean;
  /** Leave the Host header out altogether. */
  noHost?: boolean;
}

function send({ method = 'POST', path: target, headers = {}, body, chunked, noHost }: Request): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method,
        path: target,
        setHost: false,
        headers: { ...(noHost ? {} : { host: `127.0.0.1:${bridge.port}` }), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
      },
    );
    // The server may close the connection as soon as it has answered, before the client finishes sending.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (chunked && body) {
      const bytes = Buffer.from(body);
      for (let i = 0; i < bytes.length; i += 1 << 20) req.write(bytes.subarray(i, i + (1 << 20)));
      req.end();
    } else req.end(body);
  });
}

/** Bytes straight onto a socket, for requests no HTTP client library would send. */
function sendRaw(text: string, { timeoutMs = 5_000 } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(bridge.port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.on('data', (c: Buffer) => (received += c.toString()));
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0), body: received, headers: {} }));
  });
}

const api = (channel: string, extra: Record<string, string> = {}) => ({
  path: `/api/${channel}`,
  headers: { 'content-type': 'application/json', 'x-baton-token': bridge.token, ...extra },
});

const nested = (depth: number, open: string, close: string, inner = '1') => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

/** Every kind of request a foreign page, a rebinding attack or a broken client could make. */
function hostileRequests(): [string, () => Promise<Answer>][] {
  const port = bridge.port;
  return [
    ['no token', () => send({ ...api('listWorkshops'), headers: { 'content-type': 'application/json' } })],
    ['a wrong token of the right length', () => send(api('listWorkshops', { 'x-baton-token': 'x'.repeat(bridge.token.length) }))],
    ['a wrong token of another length', () => send(api('listWorkshops', { 'x-baton-token': `${bridge.token}x` }))],
    ['the token in the query string instead of the header', () => send({ path: `/api/listWorkshops?token=${bridge.token}`, headers: { 'content-type': 'application/json' } })],
    ['the token as a bearer token and a cookie', () => send({ path: '/api/listWorkshops', headers: { 'content-type': 'application/json', authorization: `Bearer ${bridge.token}`, cookie: `token=${bridge.token}` } })],
    ['a foreign Host', () => send(api('listWorkshops', { host: 'evil.example' }))],
    ['a DNS-rebinding Host with the right port', () => send(api('listWorkshops', { host: `evil.example:${port}` }))],
    ['a loopback Host without the port', () => send(api('listWorkshops', { host: '127.0.0.1' }))],
    ['no Host at all', () => send({ ...api('listWorkshops'), noHost: true })],
    ['a DNS-rebinding Host on the page itself', () => send({ method: 'GET', path: '/', headers: { host: `rebound.example:${port}` } })],
    ['a foreign Origin', () => send(api('listWorkshops', { origin: 'https://evil.example' }))],
    ['a null Origin (sandboxed frame, file: page)', () => send(api('listWorkshops', { origin: 'null' }))],
    ['an Origin on another loopback port', () => send(api('listWorkshops', { origin: `http://127.0.0.1:${port + 1}` }))],
    ['a cross-site fetch', () => send(api('listWorkshops', { 'sec-fetch-site': 'cross-site' }))],
    ['a CORS preflight from a foreign page', () => send({ method: 'OPTIONS', path: '/api/deleteWorkshop', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } })],
    ['GET on the API', () => send({ ...api('listWorkshops'), method: 'GET' })],
    ['PUT on the API', () => send({ ...api('listWorkshops'), method: 'PUT', body: '' })],
    ['a text/plain body (simple-request CSRF)', () => send({ ...api('createWorkshop', { 'content-type': 'text/plain' }), body: '{"title":"csrf"}' })],
    ['a form body (simple-request CSRF)', () => send({ ...api('createWorkshop', { 'content-type': 'application/x-www-form-urlencoded' }), body: 'title=csrf' })],
    ['a body declared over the limit', () => send({ ...api('createWorkshop', { 'content-length': String(DEFAULT_MAX_BODY_BYTES + 1) }), body: '{}' })],
    ['a body streamed past the limit', () => send({ ...api('createWorkshop'), chunked: true, body: `{"title":"${'x'.repeat(DEFAULT_MAX_BODY_BYTES)}"}` })],
    ['path traversal on the page', () => send({ method: 'GET', path: '/../secret.txt' })],
    ['encoded path traversal', () => send({ method: 'GET', path: '/%2e%2e/secret.txt' })],
    ['encoded slash traversal', () => send({ method: 'GET', path: '/assets/..%2f..%2fsecret.txt' })],
    ['double-encoded traversal', () => send({ method: 'GET', path: '/%252e%252e%252fsecret.txt' })],
    ['backslash traversal', () => send({ method: 'GET', path: '/..%5c..%5csecret.txt' })],
    ['a NUL byte in the path', () => send({ method: 'GET', path: '/index.html%00.txt' })],
    ['an absolute path to a system file', () => send({ method: 'GET', path: '/%2fetc%2fpasswd' })],
    ['a request target that is not a URL', () => sendRaw(`GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`)],
    ['/api/__proto__', () => send({ ...api('__proto__'), body: '{}' })],
    ['/api/constructor', () => send({ ...api('constructor'), body: '{}' })],
    ['/api/toString', () => send({ ...api('toString'), body: '' })],
    ['an unknown channel', () => send({ ...api('dropAllWorkshops'), body: '' })],
    ['malformed JSON', () => send({ ...api('createWorkshop'), body: '{"title": "x",' })],
    ['JSON with a trailing NaN', () => send({ ...api('createWorkshop'), body: '{"title": NaN}' })],
    ['a body that is not UTF-8', () => send({ ...api('createWorkshop'), body: Buffer.from([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) })],
    ['arrays nested 100,000 deep', () => send({ ...api('createWorkshop'), body: nested(100_000, '[', ']') })],
    ['objects nested 100,000 deep', () => send({ ...api('createWorkshop'), body: `{"title":${nested(100_000, '{"a":', '}')}}` })],
    ['a prototype-polluting payload', () => send({ ...api('updateSettings'), body: '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}' })],
    ['an id that walks out of the data folder', () => send({ ...api('getWorkshop'), body: '{"id": "../../secret"}' })],
  ];
}

/**
 * Refused: a 4xx status (a 5xx would be the bridge failing, not refusing), a contract answer `ok: false`, or — for a page path without an
 * extension, which is a client route — the app's own page instead of the file asked for.
 */
const refused = (answer: Answer) =>
  (answer.status >= 400 && answer.status < 500) || answer.body === APP_PAGE || (answer.status === 200 && JSON.parse(answer.body).ok === false);

function snapshot(dir: string): Map<string, string> {
  return new Map(
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => fs.statSync(path.join(dir, file)).isFile())
      .map((file) => [file, fs.readFileSync(path.join(dir, file)).toString('base64')]),
  );
}

describe('the browser-mode bridge under hostile requests', () => {
  it('refuses every foreign or malformed request, reaches no service, changes no file and keeps serving', async () => {
    const before = snapshot(dataDir);
    const requests = hostileRequests();
    const failures: string[] = [];
    let refusedCount = 0;
    for (const [name, attempt] of requests) {
      const answer = await attempt();
      if (refused(answer)) refusedCount++;
      else failures.push(`${name}: answered ${answer.status} ${answer.body.slice(0, 120)}`);
      if (answer.body.includes(SECRET)) failures.push(`${name}: served the file outside the renderer`);
      if (answer.headers['access-control-allow-origin']) failures.push(`${name}: allowed a foreign origin`);
    }
    console.log(`bridge: ${requests.length} hostile requests, ${refusedCount} refused, ${reached.length} reached a service`);
    expect(failures).toEqual([]);
    expect(reached).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(snapshot(dataDir)).toEqual(before);

    const valid = await send({ ...api('listWorkshops'), body: '' });
    expect(valid.status).toBe(200);
    expect(JSON.parse(valid.body)).toMatchObject({ ok: true, value: { workshops: [{ title: 'Already here' }] } });
  });

  it('answers each kind of refusal with its own status', async () => {
    const status = async (request: Request) => (await send(request)).status;
    expect(await status({ ...api('listWorkshops'), headers: { 'content-type': 'application/json' } })).toBe(401);
    expect(await status(api('listWorkshops', { host: `evil.example:${bridge.port}` }))).toBe(403);
    expect(await status(api('listWorkshops', { origin: 'null' }))).toBe(403);
    expect(await status({ ...api('listWorkshops'), method: 'GET' })).toBe(405);
    expect(await status({ ...api('createWorkshop', { 'content-type': 'text/plain' }), body: '{}' })).toBe(415);
    expect(await status({ ...api('createWorkshop', { 'content-length': String(DEFAULT_MAX_BODY_BYTES + 1) }), body: '{}' })).toBe(413);
    expect(await status({ ...api('createWorkshop'), body: '{nope' })).toBe(400);
    expect(await status({ ...api('__proto__'), body: '' })).toBe(404);
    expect(await status({ method: 'GET', path: '/..%2fsecret.txt' })).toBe(404);
    expect((await sendRaw(`GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\nConnection: close\r\n\r\n`)).status).toBe(400);
  });

  it('cuts off a client that sends its headers slowly (slowloris) while serving others', async () => {
    expect(DEFAULT_HEADERS_TIMEOUT_MS).toBeLessThanOrEqual(10_000);
    expect(REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(60_000);
    const started = Date.now();
    const slow = new Promise<{ received: string; closedAfterMs: number }>((resolve, reject) => {
      const socket = net.connect(bridge.port, '127.0.0.1');
      let received = '';
      const header = `GET / HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\nX-Slow: ${'a'.repeat(100)}`;
      let sent = 0;
      const drip = setInterval(() => {
        if (!socket.destroyed && sent < header.length) socket.write(header[sent++]!);
      }, 20);
      socket.on('data', (c: Buffer) => (received += c.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(drip);
        resolve({ received, closedAfterMs: Date.now() - started });
      });
      setTimeout(() => reject(new Error('the slow client was never cut off')), 10_000);
    });
    // Other clients are served while the slow one dribbles.
    const meanwhile = await send({ ...api('listWorkshops'), body: '' });
    expect(meanwhile.status).toBe(200);
    const { received, closedAfterMs } = await slow;
    expect(received.startsWith('HTTP/1.1 408') || received === '').toBe(true);
    expect(closedAfterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 2_500);
    expect(reached.filter((name) => name !== 'listWorkshops')).toEqual([]);
  });

  it('listens on 127.0.0.1 only: no other address of this machine reaches it', async () => {
    expect(bridge.address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    const others = [
      '::1',
      ...(process.platform === 'linux' ? ['127.0.0.2'] : []),
      ...Object.values(os.networkInterfaces())
        .flat()
        .filter((i) => i && !i.internal && !i.address.startsWith('fe80'))
        .map((i) => i!.address),
    ];
    const connects = (host: string) =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect({ host, port: bridge.port });
        socket.setTimeout(1_000, () => (socket.destroy(), resolve(false)));
        socket.on('connect', () => (socket.destroy(), resolve(true)));
        socket.on('error', () => resolve(false));
      });
    for (const host of others) expect(await connects(host), host).toBe(false);
    expect(await connects('127.0.0.1')).toBe(true);
  });
});
