// Compiles a TypeScript entry to one ES module that Node runs directly, for tests that start a
// worker thread or a child process from our sources (Node cannot run TypeScript itself). Bundled
// as electron-vite builds out/main: our code inlined, npm packages left as imports.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export async function bundleForNode(entry: string, fileName: string): Promise<{ file: string; remove(): void }> {
  // Inside node_modules, so the bundle resolves npm packages (and their files) as out/main does.
  const cache = path.resolve(import.meta.dirname, '../../node_modules/.cache');
  fs.mkdirSync(cache, { recursive: true });
  const outDir = fs.mkdtempSync(path.join(cache, `baton-${path.parse(fileName).name}-`));
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: entry,
      outDir,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: fileName } },
    },
  });
  return { file: path.join(outDir, fileName), remove: () => fs.rmSync(outDir, { recursive: true, force: true }) };
}
