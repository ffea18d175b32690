import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../services/createServices';
import { createDispatch } from '../services/dispatch';
import { createHandlers } from '../services/handlers';
import { openConfStore } from '../storage/confStore';
import { tempDataDir } from '../testing/tempDir';
import { startBridge, type RunningBridge } from './server';

let bridge: RunningBridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
});

async function start(maxBodyBytes?: number) {
  const dataDir = tempDataDir();
  const rendererDir = path.join(dataDir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Baton</title>');
  fs.writeFileSync(path.join(dataDir, 'secret.txt'), 'do not serve');
  const services = createServices({ dataDir, openStore: openConfStore, log: () => undefined });
  bridge = await startBridge({ dispatch: createDispatch(createHandlers(services)), rendererDir, port: 0, maxBodyBytes });
  return bridge;
}

interface Sent {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Raw HTTP so tests can forge Host and Origin headers, which fetch() will not send. */
function send(b: RunningBridge, { method = 'POST', path: urlPath, headers = {}, body }: Sent) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: b.port, method, path: urlPath, headers: { host: `127.0.0.1:${b.port}`, ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const json = (b: RunningBridge, extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  'x-baton-token': b.token,
  ...extra,
});

describe('browser-mode bridge', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', async () => {
    const b = await start();
    expect(b.url).toBe(`http://127.0.0.1:${b.port}/#token=${b.token}`);
    expect(b.token.length).toBeGreaterThanOrEqual(32);
  });

  it('carries contract requests to the services', async () => {
    const b = await start();
    const created = await send(b, { path: '/api/createWorkshop', headers: json(b), body: JSON.stringify({ title: 'Bridge' }) });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: 'Bridge' } });
    const listed = await send(b, { path: '/api/listWorkshops', headers: json(b), body: '' });
    expect(JSON.parse(listed.body).value.workshops).toHaveLength(1);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    const b = await start();
    const missing = await send(b, { path: '/api/listWorkshops', headers: { 'content-type': 'application/json' } });
    const wrong = await send(b, { path: '/api/listWorkshops', headers: json(b, { 'x-baton-token': 'x'.repeat(b.token.length) }) });
    expect([missing.status, wrong.status]).toEqual([401, 401]);
    expect(JSON.parse(missing.body).error.message).toContain('token');
  });

  it('answers 403 to a foreign Host or Origin, even with the token', async () => {
    const b = await start();
    const host = await send(b, { path: '/api/listWorkshops', headers: json(b, { host: 'evil.example:80' }) });
    const origin = await send(b, { path: '/api/listWorkshops', headers: json(b, { origin: 'http://evil.example' }) });
    const otherPort = await send(b, { path: '/api/listWorkshops', headers: json(b, { origin: 'http://127.0.0.1:1' }) });
    const crossSite = await send(b, { path: '/api/listWorkshops', headers: json(b, { 'sec-fetch-site': 'cross-site' }) });
    const page = await send(b, { method: 'GET', path: '/', headers: { host: 'rebound.example' } });
    expect([host.status, origin.status, otherPort.status, crossSite.status, page.status]).toEqual([403, 403, 403, 403, 403]);
  });

  it('accepts its own origin under both loopback names', async () => {
    const b = await start();
    for (const origin of [`http://127.0.0.1:${b.port}`, `http://localhost:${b.port}`]) {
      const res = await send(b, { path: '/api/listWorkshops', headers: json(b, { origin, host: new URL(origin).host }) });
      expect(res.status).toBe(200);
    }
  });

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    const b = await start(1024);
    const big = JSON.stringify({ title: 'x'.repeat(2000) });
    const declared = await send(b, { path: '/api/createWorkshop', headers: json(b, { 'content-length': String(big.length) }), body: big });
    expect(declared.status).toBe(413);
    const streamed = await send(b, { path: '/api/createWorkshop', headers: json(b, { 'transfer-encoding': 'chunked' }), body: big });
    expect(streamed.status).toBe(413);
  });

  it('refuses other methods, content types, bad JSON and unknown channels', async () => {
    const b = await start();
    expect((await send(b, { method: 'GET', path: '/api/listWorkshops', headers: json(b) })).status).toBe(405);
    expect((await send(b, { path: '/api/listWorkshops', headers: json(b, { 'content-type': 'text/plain' }), body: '' })).status).toBe(415);
    expect((await send(b, { path: '/api/createWorkshop', headers: json(b), body: '{nope' })).status).toBe(400);
    expect((await send(b, { path: '/api/dropTables', headers: json(b), body: '' })).status).toBe(404);
  });

  it('serves the renderer with the CSP and never a file outside it', async () => {
    const b = await start();
    const index = await send(b, { method: 'GET', path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    for (const sneaky of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00index.html']) {
      const res = await send(b, { method: 'GET', path: sneaky });
      expect(res.status, sneaky).not.toBe(200);
      expect(res.body).not.toContain('do not serve');
    }
  });
});
