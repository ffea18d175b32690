// Page content kept as text until its stream is written. pdfkit turns every operator it adds to a
// page ("BT", "1 0 0 1 72 700 Tm", ...) into a Buffer of its own and joins them when the page is
// written: tens of thousands of tiny Buffers per report, about a tenth of a warm 300-note report's
// time with the garbage they leave (npm run bench). The same bytes are now encoded once per stream.
//
// This hooks pdfkit's PDFReference (0.19, pinned by the lock file), whose methods are internal; the
// report tests read every PDF back, so a change that broke the streams would show there.
import { requireFromPdfmake } from './pdfmakeRequire';

interface Reference {
  write(chunk: unknown): void;
  finalize(): void;
}

const PENDING = Symbol('pending content text');
type Pending = Reference & { [PENDING]?: string[] };

let installed = false;

export function encodeContentOnce(): void {
  if (installed) return;
  installed = true;
  // The pdfkit pdfmake draws with; a document with no page is cheap to make.
  const PDFDocument = requireFromPdfmake<new (options: object) => { ref(): object }>('pdfkit');
  const proto = Object.getPrototypeOf(new PDFDocument({ autoFirstPage: false }).ref()) as Reference;
  const { write, finalize } = proto;

  const flush = (ref: Pending) => {
    const pending = ref[PENDING];
    if (!pending?.length) return;
    ref[PENDING] = [];
    // pdfkit's own encoding of a text chunk: one byte per character, each line ended by "\n".
    write.call(ref, Buffer.from(pending.join(''), 'binary'));
  };
  proto.write = function (this: Pending, chunk) {
    if (chunk instanceof Uint8Array) {
      flush(this);
      write.call(this, chunk);
    } else (this[PENDING] ??= []).push(`${String(chunk)}\n`);
  };
  proto.finalize = function (this: Pending) {
    flush(this);
    finalize.call(this);
  };
}
