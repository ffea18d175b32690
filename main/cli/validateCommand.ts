// `baton validate <file>`: checks a workshop or template file with the app's own schemas and
// prints `valid: <kind> "<name>"` (exit 0) or every problem found (exit 2).
import { fileKind } from '../../shared/files/batonFile';
import { parseWorkshopFile } from '../../shared/files/workshopFile';
import { TEMPLATE_FILE_EXTENSION } from '../../shared/templates/schema';
import { parseTemplateFile } from '../../shared/templates/templateFile';
import { EXIT_BAD_INPUT, EXIT_OK, readInputFile, type CliIo } from './io';

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('--')) {
    io.stderr('Usage: baton validate <file.baton.json | file.baton-template.json>\n');
    return EXIT_BAD_INPUT;
  }
  const file = args[0]!;
  const text = await readInputFile(io, file);
  if (text === null) return EXIT_BAD_INPUT;
  // A file that names no kind is judged by its extension, so its problems are still listed.
  const kind = fileKind(text) ?? (file.endsWith(TEMPLATE_FILE_EXTENSION) ? 'template' : 'workshop');
  const result = kind === 'template' ? parseTemplateFile(text, file) : parseWorkshopFile(text, file);
  if (result.ok) {
    io.stdout(`valid: ${kind} "${'title' in result.value ? result.value.title : result.value.name}"\n`);
    return EXIT_OK;
  }
  const issues = result.error.issues ?? [];
  io.stdout(
    issues.length > 0
      ? `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'} in this ${kind} file:\n${issues.map((i) => `  ${i.path || '(file)'}: ${i.message}\n`).join('')}`
      : `${result.error.message}\n`,
  );
  return EXIT_BAD_INPUT;
}
