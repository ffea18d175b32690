// `baton kit --out <folder> [--paper a4|letter]`: writes the pre-workshop kit, the blank
// questionnaire PDF and the CSV template its answers are typed into, with the app's own code.
import { paperSizeSchema, type PaperSize } from '../../shared/settings/schema';
import { buildKitFiles, folderProblem, writeKitFiles } from '../kit/kitFiles';
import { createPdfRenderer } from '../report/pdf/pdfRenderer';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';

const USAGE = `Usage: baton kit --out <folder> [--paper a4|letter]
  writes diagnostic-questionnaire-<paper>.pdf and diagnostic-answers-template.csv into the folder
  (replacing files of those names).
`;

function parseArgs(args: string[]): { out: string; paper: PaperSize } | string {
  let out: string | undefined;
  let paper: PaperSize = 'a4';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out') {
      out = args[++i];
      if (out === undefined || out === '') return 'Give the folder to write the kit into after --out.';
    } else if (arg === '--paper') {
      const value = paperSizeSchema.safeParse(args[++i]?.toLowerCase());
      if (!value.success) return `--paper must be a4 or letter, got "${args[i] ?? ''}".`;
      paper = value.data;
    } else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else return `Unexpected argument "${arg}"; the folder goes after --out.`;
  }
  if (out === undefined) return 'Give the folder to write the kit into with --out <folder>.';
  return { out, paper };
}

export async function kitCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const problem = folderProblem(parsed.out);
  if (problem) {
    io.stderr(`${problem}\n`);
    return EXIT_BAD_INPUT;
  }
  const renderer = createPdfRenderer();
  try {
    const files = await buildKitFiles(renderer, parsed.paper);
    let paths: string[];
    try {
      paths = writeKitFiles(parsed.out, files);
    } catch (error) {
      // Checked above, but a folder can still refuse a file (a read-only file of the same name, a full disk).
      io.stderr(`${parsed.out}: the kit could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n`);
      return EXIT_BAD_INPUT;
    }
    const paper = parsed.paper === 'a4' ? 'A4' : 'Letter';
    io.stdout(`Wrote ${paths[0]} (${paper}, ${Math.round(files[0]!.bytes.byteLength / 1024)} KB)\nWrote ${paths[1]} (the header to type answers under; import it on the diagnostic screen)\n`);
    return EXIT_OK;
  } finally {
    await renderer.close();
  }
}
