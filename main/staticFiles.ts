// Serving the built renderer: the Electron protocol handler and the browser bridge both map a URL
// path to a file with this, so traversal checks, MIME types and security headers are the same.
import path from 'node:path';
import { contentSecurityPolicy } from './contentSecurityPolicy';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  file: string;
  contentType: string;
}

/**
 * The file under `rootDir` a URL path names, or null when it would leave `rootDir` or is not a
 * known type. Paths without an extension are client routes and get `index.html`.
 */
export function resolveStaticFile(rootDir: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(rootDir);
  const wanted = decoded === '/' || path.extname(decoded) === '' ? '/index.html' : decoded;
  const file = path.resolve(root, `.${path.posix.normalize(wanted)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const contentType = MIME[path.extname(file).toLowerCase()];
  return contentType ? { file, contentType } : null;
}

/** Headers sent with every renderer file, in both shells. */
export function staticHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cache-Control': contentType.startsWith('text/html') ? 'no-store' : 'no-cache',
  };
}
