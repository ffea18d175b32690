// Content text encoded once per stream gives the same bytes as pdfkit writing each chunk as it comes.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { encodeContentOnce } from './contentText';

interface Doc {
  ref(data?: object): { write(chunk: unknown): void; end(chunk?: unknown): void };
  on(event: 'data' | 'end', listener: (chunk: Buffer) => void): void;
  end(): void;
}
const load = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = load('pdfkit') as new (options: object) => Doc;

/** The bytes of one stream object written with text and binary chunks mixed. */
async function streamBytes(): Promise<string> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, info: { CreationDate: new Date(0) } });
  const out: Buffer[] = [];
  doc.on('data', (chunk) => out.push(chunk));
  const ref = doc.ref({ Type: 'Test' });
  ref.write('BT');
  ref.write('/F1 12 Tf');
  ref.write(Buffer.from([0xff, 0x00, 0x0a]));
  ref.write('(caf\u00e9) Tj');
  ref.end('ET');
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.end();
  await ended;
  // The file identifier is made from the time of writing.
  return Buffer.concat(out).toString('latin1').replace(/\/ID \[.*\]/, '/ID');
}

describe('encodeContentOnce', () => {
  it('writes the same stream, in the same order and length, as pdfkit does chunk by chunk', async () => {
    const before = await streamBytes();
    encodeContentOnce();
    const after = await streamBytes();
    expect(after).toBe(before);
    expect(after).toContain('/Length 29');
    expect(after).toContain('stream\nBT\n/F1 12 Tf\n\u00ff\u0000\n(caf\u00e9) Tj\nET\n\nendstream');
  });
});
