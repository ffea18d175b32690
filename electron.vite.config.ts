// One build for the three bundles: main (Electron entry and the browser-mode entry), preload, renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin, Rollup } from 'vite';
import { contentSecurityPolicy } from './main/contentSecurityPolicy';

/** Adds the CSP as a meta tag in built pages too, in case a page is ever opened without our headers. */
function cspMetaTag(): Plugin {
  // frame-ancestors is ignored (with a console warning) in a meta tag; the headers carry it.
  const policy = contentSecurityPolicy
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'baton-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head' },
    ],
  };
}

/** zod ships comments Rollup cannot place; the warning is about their library, not our code. */
const onwarn: NonNullable<Rollup.InputOptions['onwarn']> = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
};

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        onwarn,
        input: {
          index: resolve('main/index.ts'),
          browser: resolve('main/bridge/start.ts'),
          cli: resolve('main/cli/entry.ts'),
          // A worker thread needs a file of its own; main/report/pdf/pdfRenderer.ts starts it.
          pdfWorker: resolve('main/report/pdf/pdfWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        onwarn,
        input: { index: resolve('main/preload/index.ts') },
        // Sandboxed preloads must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMetaTag()],
    build: {
      outDir: resolve('out/renderer'),
      rollupOptions: {
        onwarn,
        // The participant page is its own small entry: phones load only what they need, no React.
        input: { index: resolve('renderer/index.html'), participant: resolve('renderer/participant.html') },
      },
    },
  },
});
