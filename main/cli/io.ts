// What a CLI command may touch, passed in so tests can run commands without a process.
import { parseWorkshopFile } from '../../shared/files/workshopFile';
import { decodeTextFile } from '../../shared/text/decodeTextFile';
import type { WorkshopDocument } from '../../shared/workshop/schema';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
}

/** Exit codes: 0 done, 2 bad input or usage (the contract for scripts). */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

/** The text of the file a command was given, or null once the reason it cannot be read is printed. */
export async function readInputFile(io: CliIo, file: string): Promise<string | null> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    io.stderr(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return null;
  }
  const text = decodeTextFile(bytes, file);
  if (text.ok) return text.value;
  io.stderr(`${text.error.message}\n`);
  return null;
}

/** The workshop in a `.baton.json` file, or null once why it cannot be used (file and field) is printed. */
export async function readWorkshopFile(io: CliIo, file: string): Promise<WorkshopDocument | null> {
  const text = await readInputFile(io, file);
  if (text === null) return null;
  const parsed = parseWorkshopFile(text, file);
  if (parsed.ok) return parsed.value;
  io.stderr(`${parsed.error.message}\n`);
  return null;
}

/** `[--json] <file>…`: whether JSON was asked for, the files, and the first other option given (an error). */
export function jsonAndFiles(args: string[]): { json: boolean; files: string[]; unknown: string | undefined } {
  const files = args.filter((a) => a !== '--json');
  return { json: files.length < args.length, files, unknown: files.find((a) => a.startsWith('--')) };
}
