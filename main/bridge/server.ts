// Browser mode's HTTP bridge: serves the built renderer and carries the same typed contract as
// Electron IPC (`POST /api/<channel>`) to the same dispatch. It listens on 127.0.0.1 only and
// refuses foreign Hosts and Origins (403), requests without the per-launch token (401), bodies
// over the limit (413) and clients that send their headers too slowly (408).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKEN_HEADER } from '../../shared/ipc/bridge';
import { fail } from '../../shared/result';
import { errorCodeFor, readJsonBody, Refusal, sendJson, urlOf } from '../httpBasics';
import type { Dispatch } from '../services/dispatch';
import { resolveStaticFile, staticHeaders } from '../staticFiles';

/** Large enough for the biggest workshop the app allows, small enough to refuse a flood. */
export const DEFAULT_MAX_BODY_BYTES = 25 * 1024 * 1024;
/** The page sends its headers at once; a client dribbling them (slowloris) is cut off after this. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
/** A whole request, body included: ample for the largest body over loopback. */
export const REQUEST_TIMEOUT_MS = 60_000;

export interface BridgeOptions {
  dispatch: Dispatch;
  rendererDir: string;
  /** 0 picks any free port. */
  port?: number;
  token?: string;
  maxBodyBytes?: number;
  /** DEFAULT_HEADERS_TIMEOUT_MS unless a test wants a slow client cut off sooner. */
  headersTimeoutMs?: number;
}

export interface RunningBridge {
  port: number;
  token: string;
  url: string;
  /** Where the server listens, as the operating system reports it. */
  address: AddressInfo;
  /** Stops accepting requests and resolves once the ones under way have been answered. */
  close(): Promise<void>;
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let port = 0;
  let inFlight = 0;
  let idle: (() => void) | undefined;

  function checkOrigin(req: http.IncomingMessage): void {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    // A foreign Host header means DNS rebinding or a proxy: refuse before anything else.
    if (!allowedHosts.includes(req.headers.host ?? '')) throw new Refusal(403, 'Requests must be addressed to 127.0.0.1.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
      throw new Refusal(403, 'Requests from other web pages are refused.');
    }
    if (req.headers['sec-fetch-site'] === 'cross-site') throw new Refusal(403, 'Cross-site requests are refused.');
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') throw new Refusal(405, 'Use POST for requests.');
    const given = req.headers[TOKEN_HEADER];
    if (!sameSecret(Array.isArray(given) ? given[0] : given, token)) {
      throw new Refusal(401, 'This request lacks the token printed when Baton started.');
    }
    const payload = await readJsonBody(req, limit);
    const result = await options.dispatch(channel, payload);
    sendJson(res, !result.ok && result.error.code === 'unknown-channel' ? 404 : 200, result);
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new Refusal(405, 'Only GET is served here.');
    const found = resolveStaticFile(options.rendererDir, pathname);
    const stat = found && fs.statSync(found.file, { throwIfNoEntry: false });
    if (!found || !stat?.isFile()) throw new Refusal(404, 'Not found.');
    res.writeHead(200, { ...staticHeaders(found.contentType), 'Content-Length': stat.size });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(found.file).pipe(res);
  }

  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const timeouts = {
    headersTimeout,
    requestTimeout: Math.max(REQUEST_TIMEOUT_MS, headersTimeout),
    // How often Node looks for requests past those limits; its default (30 s) would let them linger.
    connectionsCheckingInterval: Math.min(1_000, headersTimeout),
  };
  const server = http.createServer(timeouts, (req, res) => {
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (inFlight === 0) idle?.();
    });
    void (async () => {
      try {
        checkOrigin(req);
        const pathname = urlOf(req.url).pathname;
        if (pathname.startsWith('/api/')) await handleApi(req, res, pathname.slice('/api/'.length));
        else handleStatic(req, res, pathname);
      } catch (error) {
        const status = error instanceof Refusal ? error.status : 500;
        const message = error instanceof Refusal ? error.message : 'The bridge failed to answer.';
        if (!(error instanceof Refusal)) console.error(error);
        if (!res.headersSent) sendJson(res, status, fail(errorCodeFor(status), message));
        else res.destroy();
      }
    })();
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address() as AddressInfo;
      port = address.port;
      resolve({
        port,
        address,
        token,
        url: `http://127.0.0.1:${port}/#token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
            if (inFlight === 0) server.closeAllConnections();
            else idle = () => server.closeAllConnections();
          }),
      });
    });
  });
}
