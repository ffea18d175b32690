// The worker-based renderer: same PDF as in-process, warm after the first job, restarts after a crash, closes.
import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../testing/tempDir';
import { createPdfRenderer, type PdfProgress, type PdfRenderer, type PdfRendererOptions } from './pdfRenderer';
import { renderPdfJob } from './renderPdf';
import { buildWorkerForTests } from './testing/buildWorker';
import { pageTexts, savePdf } from './testing/poppler';
import { allScriptsJob, longJob } from './testing/samples';
import { hasFontFor } from './testing/fonts';

let worker: Awaited<ReturnType<typeof buildWorkerForTests>>;
const renderers: PdfRenderer[] = [];
let workers: Worker[] = [];

beforeAll(async () => {
  worker = await buildWorkerForTests();
}, 60_000);

afterAll(() => worker.remove());

afterEach(async () => {
  await Promise.all(renderers.splice(0).map((renderer) => renderer.close()));
  workers = [];
});

function renderer(options: PdfRendererOptions = {}): PdfRenderer {
  const made = createPdfRenderer({ workerPath: worker.file, onWorkerStart: (w) => workers.push(w), ...options });
  renderers.push(made);
  return made;
}

function textOf(pdf: Buffer): string[] {
  return pageTexts(savePdf(pdf, tempDataDir(), 'out'));
}

describe('the PDF renderer', () => {
  it('finds installed fonts in its worker, and none when BATON_FONT_DIRS is empty (a bare machine)', async () => {
    const job = { ...allScriptsJob('a4'), doc: { content: ['Head of sales: 王小明'] } };
    const withFonts = await renderer().render(job);
    process.env['BATON_FONT_DIRS'] = '';
    try {
      // A worker takes the environment it starts with.
      const bare = await renderer().render(job);
      expect(bare.replaced).toEqual([...'王小明']);
      expect(textOf(bare.pdf).join('')).toContain('Head of sales: \uFFFD\uFFFD\uFFFD');
    } finally {
      delete process.env['BATON_FONT_DIRS'];
    }
    if (hasFontFor('zh')) {
      expect(withFonts.replaced).toEqual([]);
      expect(textOf(withFonts.pdf).join('')).toContain('Head of sales: 王小明');
    }
  });

  it('renders in a worker the same text as rendering in this thread', async () => {
    const job = allScriptsJob('letter');
    const inWorker = await renderer().render(job);
    const here = await renderPdfJob(job);
    expect(textOf(inWorker.pdf)).toEqual(textOf(here.pdf));
    expect(inWorker.replaced).toEqual(here.replaced);
    expect(workers).toHaveLength(1);
  });

  it('reuses its warm worker and reports progress from started to rendered', async () => {
    const pdfs = renderer();
    const progress: PdfProgress[] = [];
    const first = await pdfs.render(longJob(300), (p) => progress.push(p));
    const second = await pdfs.render(longJob(300));
    console.log(`PDF worker, 300-row table: first render ${first.ms} ms (starts the worker), warm render ${second.ms} ms`);
    expect(workers).toHaveLength(1);
    expect(progress[0]).toEqual({ phase: 'started', fraction: 0 });
    expect(progress.at(-1)).toEqual({ phase: 'rendered', fraction: 1 });
    expect(progress.some((p) => p.phase === 'drawing')).toBe(true);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('starts a new worker when the old one was killed', async () => {
    const pdfs = renderer();
    await pdfs.render(allScriptsJob('a4'));
    await workers[0]!.terminate();
    const again = await pdfs.render(allScriptsJob('a4'));
    expect(workers).toHaveLength(2);
    expect(textOf(again.pdf)[1]).toContain('page 2 of 2');
  });

  it('fails the render whose worker dies under it, and the next render works', async () => {
    const pdfs = renderer();
    const dying = pdfs.render(longJob(), (p) => {
      if (p.phase === 'started') void workers[0]!.terminate();
    });
    await expect(dying).rejects.toThrow(/The PDF worker stopped unexpectedly \(exit code 1\)/);
    await expect(pdfs.render(allScriptsJob('a4'))).resolves.toMatchObject({ replaced: expect.arrayContaining(['🎉']) });
  });

  it('stops a render that takes longer than its timeout', async () => {
    const pdfs = renderer({ timeoutMs: 50 });
    await expect(pdfs.render(longJob())).rejects.toThrow('Rendering the PDF took longer than 0.05 s and was stopped.');
    await once(workers[0]!, 'exit');
  });

  it('refuses a job holding functions, with a reason, and keeps working', async () => {
    const pdfs = renderer();
    const job = allScriptsJob('a4');
    const withFunction = { ...job, doc: { ...job.doc, content: [{ text: 'x', layout: () => 0 }] } } as unknown as typeof job;
    await expect(pdfs.render(withFunction)).rejects.toThrow(/must hold only data, no functions/);
    await expect(pdfs.render(job)).resolves.toBeDefined();
  });

  it('ends its worker on close', async () => {
    const pdfs = renderer();
    await pdfs.render(allScriptsJob('a4'));
    const exited = once(workers[0]!, 'exit');
    await pdfs.close();
    await exited;
    expect(workers[0]!.threadId).toBe(-1);
  });

  it('renders in this thread when run from sources without a compiled worker', async () => {
    const pdfs = createPdfRenderer();
    renderers.push(pdfs);
    expect(pdfs.mode).toBe('in-process');
    const { pdf } = await pdfs.render(allScriptsJob('a4'));
    expect(textOf(pdf)[0]).toContain('page 1 of 2');
  });
});
