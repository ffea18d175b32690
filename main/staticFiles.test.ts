import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from './staticFiles';

const root = path.resolve('/srv/renderer');

describe('resolveStaticFile', () => {
  it('maps asset paths under the root and client routes to index.html', () => {
    expect(resolveStaticFile(root, '/assets/index-abc.js')).toEqual({
      file: path.join(root, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveStaticFile(root, '/')?.file).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/workshops/abc')?.file).toBe(path.join(root, 'index.html'));
  });

  it('never resolves outside the root', () => {
    for (const p of ['/../etc/passwd.txt', '/%2e%2e/%2e%2e/etc/x.txt', '/assets/../../x.js', '/a%00.js', '/%E0%A4%A']) {
      const found = resolveStaticFile(root, p);
      expect(found === null || found.file.startsWith(root + path.sep), p).toBe(true);
    }
  });

  it('refuses file types it does not know', () => {
    expect(resolveStaticFile(root, '/server.ts')).toBeNull();
  });
});
