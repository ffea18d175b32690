// The `baton://app/` protocol serving the built renderer from disk, with the app's CSP headers.
import fs from 'node:fs/promises';
import type { Protocol } from 'electron';
import { resolveStaticFile, staticHeaders } from '../staticFiles';
import { APP_SCHEME } from './security';

/** Must run before the app is ready: makes `baton:` a secure, standard origin that fetch can use. */
export function registerSchemePrivileges(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Even a refusal carries the CSP and nosniff, so no response of this origin is without them. */
const notFound = () => new Response('Not found', { status: 404, headers: staticHeaders('text/plain; charset=utf-8') });

export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const found = url.host === 'app' ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!found) return notFound();
    try {
      return new Response(await fs.readFile(found.file), { headers: staticHeaders(found.contentType) });
    } catch {
      return notFound();
    }
  });
}
