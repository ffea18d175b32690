// Renders PDF jobs in a warm worker thread, so a long report never blocks the process serving requests.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PdfWorkerReply, PdfWorkerRequest } from './pdfWorker';
import type { PdfJob, PdfProgress, PdfResult } from './renderPdf';

export type { PdfJob, PdfProgress, PdfResult };

export interface PdfRendererOptions {
  /** The worker script; by default the built out/main/pdfWorker.js. */
  workerPath?: string | URL;
  /** How long one render may take before its worker is stopped (default 60 s). */
  timeoutMs?: number;
  /** Sees each worker as it starts, for diagnostics and tests. */
  onWorkerStart?: (worker: Worker) => void;
}

export interface PdfRenderer {
  /** 'in-process' only when running from TypeScript sources without a worker script (tests). */
  readonly mode: 'worker' | 'in-process';
  render(job: PdfJob, onProgress?: (progress: PdfProgress) => void): Promise<PdfResult & { ms: number }>;
  /** Ends the worker; a later render starts a new one. */
  close(): Promise<void>;
}

interface Pending {
  id: number;
  /** The worker rendering it: a stopped worker's late exit must not fail the next job. */
  owner: Worker;
  resolve: (result: PdfResult) => void;
  reject: (error: Error) => void;
  onProgress?: ((progress: PdfProgress) => void) | undefined;
  timer: NodeJS.Timeout;
}

/**
 * electron.vite.config.ts builds the worker as its own entry, out/main/pdfWorker.js. This module is
 * bundled either into an entry in out/main or into a shared chunk in out/main/chunks, so look in both.
 */
function builtWorkerPath(): string | undefined {
  const here = import.meta.dirname;
  return [here, path.dirname(here)].map((dir) => path.join(dir, 'pdfWorker.js')).find((file) => fs.existsSync(file));
}

/**
 * Node cannot start a worker from a .ts file, so under vitest (sources, no build) rendering falls
 * back to this thread unless a compiled worker is passed in. A built app without its worker is a
 * packaging bug and fails loudly instead of quietly rendering on the serving thread.
 */
const runningFromSource = import.meta.url.endsWith('.ts');

export function createPdfRenderer(options: PdfRendererOptions = {}): PdfRenderer {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const workerPath = options.workerPath ?? builtWorkerPath();
  let worker: Worker | undefined;
  let pending: Pending | undefined;
  let nextId = 0;
  // One job at a time: a timeout can then stop the worker without taking other jobs with it.
  let queue: Promise<unknown> = Promise.resolve();

  function settle(id: number, outcome: { result: PdfResult } | { error: Error }) {
    if (pending?.id !== id) return;
    const { resolve, reject, timer } = pending;
    pending = undefined;
    clearTimeout(timer);
    // Idle workers must not keep a CLI process alive.
    worker?.unref();
    if ('result' in outcome) resolve(outcome.result);
    else reject(outcome.error);
  }

  function failPending(message: string, owner?: Worker) {
    if (pending && (!owner || pending.owner === owner)) settle(pending.id, { error: new Error(message) });
  }

  function startWorker(file: string | URL): Worker {
    // A runaway document then ends the worker, not the app.
    const started = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    started.on('message', (reply: PdfWorkerReply) => {
      if (reply.type === 'progress') {
        if (pending?.id === reply.id) pending.onProgress?.(reply.progress);
      } else if (reply.type === 'done') {
        const pdf = Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength);
        settle(reply.id, { result: { pdf, replaced: reply.replaced, placement: reply.placement } });
      } else {
        settle(reply.id, { error: new Error(`The PDF could not be rendered: ${reply.message}`) });
      }
    });
    started.on('error', (error) => failPending(`The PDF worker crashed: ${error.message}`, started));
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      failPending(`The PDF worker stopped unexpectedly (exit code ${code}); the next render starts a new one.`, started);
    });
    options.onWorkerStart?.(started);
    return started;
  }

  function renderInWorker(file: string | URL, job: PdfJob, onProgress?: (progress: PdfProgress) => void) {
    const owner = (worker ??= startWorker(file));
    owner.ref();
    const id = ++nextId;
    return new Promise<PdfResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        failPending(`Rendering the PDF took longer than ${timeoutMs / 1000} s and was stopped.`);
        void stopWorker(owner);
      }, timeoutMs);
      pending = { id, owner, resolve, reject, onProgress, timer };
      try {
        owner.postMessage({ id, job } satisfies PdfWorkerRequest);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        failPending(`The PDF job cannot be sent to the worker (it must hold only data, no functions): ${reason}`);
      }
    });
  }

  async function renderHere(job: PdfJob, onProgress?: (progress: PdfProgress) => void) {
    // Loaded on demand so the main bundle does not load pdfmake at start-up.
    const { renderPdfJob } = await import('./renderPdf');
    return renderPdfJob(job, { onProgress });
  }

  async function renderOne(job: PdfJob, onProgress?: (progress: PdfProgress) => void) {
    const start = performance.now();
    let result: PdfResult;
    if (workerPath) result = await renderInWorker(workerPath, job, onProgress);
    else if (runningFromSource) result = await renderHere(job, onProgress);
    else throw new Error(`The PDF worker is missing next to ${import.meta.dirname}; rebuild Baton (out/main/pdfWorker.js).`);
    return { ...result, ms: Math.round(performance.now() - start) };
  }

  async function stopWorker(target = worker) {
    if (worker === target) worker = undefined;
    await target?.terminate();
  }

  return {
    mode: workerPath || !runningFromSource ? 'worker' : 'in-process',
    render(job, onProgress) {
      const run = queue.then(() => renderOne(job, onProgress));
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      failPending('The PDF renderer was closed before the PDF was finished.');
      await stopWorker();
    },
  };
}
