// Compiles pdfWorker.ts for tests, because Node cannot start a worker thread from TypeScript.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/** Builds like electron-vite does for out/main: our code bundled, npm packages left as imports. */
export async function buildWorkerForTests(): Promise<{ file: string; remove(): void }> {
  // Inside node_modules, so the compiled worker resolves pdfmake and the fonts as out/main does.
  const cache = path.resolve('node_modules/.cache');
  fs.mkdirSync(cache, { recursive: true });
  const outDir = fs.mkdtempSync(path.join(cache, 'baton-pdf-worker-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: path.resolve(import.meta.dirname, '../pdfWorker.ts'),
      outDir,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'pdfWorker.mjs' } },
    },
  });
  return { file: path.join(outDir, 'pdfWorker.mjs'), remove: () => fs.rmSync(outDir, { recursive: true, force: true }) };
}
