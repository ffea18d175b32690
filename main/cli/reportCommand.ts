// `baton report <workshop.baton.json> --out <plan.pdf> [--paper a4|letter] [--notes pdf|csv]`: the
// same PDF the app exports, rendered headless. Bad input, or a report that would leave an item of
// the workshop out, exits 2 naming the problem, and never leaves a PDF behind.
import fs from 'node:fs';
import path from 'node:path';
import { describeUncovered } from '../../shared/ipc/exports';
import { todayIso } from '../../shared/format/dates';
import { buildReport } from '../../shared/report/buildReport';
import { paperSizeSchema, type PaperSize } from '../../shared/settings/schema';
import { NOTES_TO_CSV_ABOVE } from '../../shared/report/notesAppendix';
import { ReportIncompleteError } from '../report/completeness';
import { PLACEHOLDER } from '../report/pdf/glyphCoverage';
import { createReportPdf } from '../report/reportPdf';
import { atomicWriteFileSync } from '../storage/atomicWrite';
import type { WorkshopDocument } from '../../shared/workshop/schema';
import { EXIT_BAD_INPUT, EXIT_OK, readWorkshopFile, type CliIo } from './io';

const USAGE = `Usage: baton report <workshop.baton.json> --out <plan.pdf> [--paper a4|letter] [--notes pdf|csv]
                    [--earlier <earlier.baton.json> [--earlier <older.baton.json>…]]
  --notes csv leaves the notes appendix to the notes CSV; by default it does so above ${NOTES_TO_CSV_ABOVE} notes.
  --earlier adds "Since last time", compared with the first one given; with two or more, the trend
  chart too. Give them nearest first, as each workshop follows up the next.
`;

interface ReportArgs {
  file: string;
  /** Earlier workshop files, nearest first. */
  earlier: string[];
  out: string;
  paper: PaperSize;
  notesInCsv: boolean | undefined;
}

function parseArgs(args: string[]): ReportArgs | string {
  let file: string | undefined;
  let out: string | undefined;
  let paper: PaperSize = 'a4';
  let notesInCsv: boolean | undefined;
  const earlier: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out') out = args[++i];
    else if (arg === '--earlier') {
      const value = args[++i];
      if (!value || value.startsWith('--')) return '--earlier needs a workshop file.';
      earlier.push(value);
    } else if (arg === '--paper') {
      const value = paperSizeSchema.safeParse(args[++i]?.toLowerCase());
      if (!value.success) return `--paper must be a4 or letter, got "${args[i] ?? ''}".`;
      paper = value.data;
    } else if (arg === '--notes') {
      const value = args[++i];
      if (value !== 'pdf' && value !== 'csv') return `--notes must be pdf or csv, got "${value ?? ''}".`;
      notesInCsv = value === 'csv';
    } else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else if (file === undefined) file = arg;
    else return `Only one workshop file can be given (got "${file}" and "${arg}").`;
  }
  if (!file) return 'Give the workshop file to report on.';
  if (!out) return 'Give the PDF to write with --out <plan.pdf>.';
  return { file, earlier, out, paper, notesInCsv };
}

export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  // Every file is read before giving up, so one run names each bad one.
  const workshop = await readWorkshopFile(io, parsed.file);
  const read: (WorkshopDocument | null)[] = [];
  for (const file of parsed.earlier) read.push(await readWorkshopFile(io, file));
  const earlier = read.filter((w): w is WorkshopDocument => w !== null);
  if (!workshop || earlier.length < read.length) return EXIT_BAD_INPUT;
  if (!fs.existsSync(path.dirname(path.resolve(parsed.out)))) {
    io.stderr(`${parsed.out}: its folder does not exist.\n`);
    return EXIT_BAD_INPUT;
  }
  const started = Date.now();
  const pdf = createReportPdf();
  try {
    const model = buildReport(workshop, { today: todayIso(), earlier });
    let rendered;
    try {
      rendered = await pdf.render(model, parsed.paper, { notesInCsv: parsed.notesInCsv });
    } catch (error) {
      if (!(error instanceof ReportIncompleteError)) throw error;
      io.stderr(`${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    const { pdf: bytes, placeholders, notesInCsv } = rendered;
    // Written to a temporary file and renamed, so a failure never leaves half a PDF behind.
    atomicWriteFileSync(parsed.out, bytes);
    if (placeholders.length > 0) {
      const lines = placeholders.map((item) => `  ${describeUncovered(item)}\n`).join('');
      io.stderr(`Printed as a placeholder (${PLACEHOLDER}), because no font on this machine has them:\n${lines}`);
    }
    const notes = notesInCsv && model.appendix.notes.length > 0 ? '; notes appendix left to the notes CSV' : '';
    io.stdout(`Wrote ${parsed.out} (${parsed.paper === 'a4' ? 'A4' : 'Letter'}, ${Math.round(bytes.byteLength / 1024)} KB${notes}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return EXIT_OK;
  } finally {
    await pdf.close();
  }
}
