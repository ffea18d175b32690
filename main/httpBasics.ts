// What the two HTTP servers (browser mode's bridge and the room server) answer and read the same
// way: refusals with a status, JSON answers as Results, bodies read under a size limit.
import type http from 'node:http';
import type { ErrorCode, Result } from '../shared/result';

export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Extra headers, such as Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorCodeFor(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 410) return 'conflict';
  return status >= 500 ? 'internal' : 'invalid-request';
}

export function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...(status >= 400 ? { Connection: 'close' } : {}),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

export function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new Refusal(413, `The request body is over the ${limit} byte limit.`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        // Past the limit the rest is read and dropped, so the 413 answer still reaches the client.
        chunks.length = 0;
        reject(new Refusal(413, `The request body is over the ${limit} byte limit.`));
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A JSON body; anything else is a 400 or 415 refusal. */
export async function readJsonBody(req: http.IncomingMessage, limit: number): Promise<unknown> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new Refusal(415, 'Requests must be sent as application/json.');
  }
  const text = await readBody(req, limit);
  try {
    return text.length === 0 ? undefined : (JSON.parse(text) as unknown);
  } catch {
    throw new Refusal(400, 'The request body is not valid JSON.');
  }
}

/** The URL a request names; a target that is not a URL (`http://[`) is refused, not a crash. */
export function urlOf(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', 'http://127.0.0.1');
  } catch {
    throw new Refusal(400, 'The request names no valid path.');
  }
}
