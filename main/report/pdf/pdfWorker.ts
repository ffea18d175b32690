// Worker thread that keeps pdfmake and the fonts loaded and renders PDF jobs off the serving thread.
import { parentPort } from 'node:worker_threads';
import type { Placement } from './placement';
import { renderPdfJob, type PdfJob, type PdfProgress } from './renderPdf';

export interface PdfWorkerRequest {
  id: number;
  job: PdfJob;
}

export type PdfWorkerReply =
  | { id: number; type: 'progress'; progress: PdfProgress }
  | { id: number; type: 'done'; pdf: Uint8Array; replaced: string[]; placement: Placement }
  | { id: number; type: 'failed'; message: string };

const port = parentPort;
if (!port) throw new Error('pdfWorker runs only as a worker thread (see pdfRenderer.ts).');

const reply = (message: PdfWorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', async ({ id, job }: PdfWorkerRequest) => {
  try {
    const { pdf, replaced, placement } = await renderPdfJob(job, {
      onProgress: (progress) => reply({ id, type: 'progress', progress }),
      // pdfmake reports once per drawn item; a few messages are enough for a progress bar.
      step: 0.05,
    });
    // A copy, because a small Buffer may sit in Node's shared pool, which cannot be transferred.
    const bytes = new Uint8Array(pdf);
    reply({ id, type: 'done', pdf: bytes, replaced, placement }, [bytes.buffer]);
  } catch (error) {
    reply({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
