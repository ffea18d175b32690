// The `baton` command line: the app's own code, headless. `npm run baton -- <command>` or `npx baton`.
import fs from 'node:fs/promises';
import { escapeForTerminal } from '../../shared/text/plainText';
import { compareCommand } from './compareCommand';
import { EXIT_BAD_INPUT, type CliIo } from './io';
import { kitCommand } from './kitCommand';
import { reportCommand } from './reportCommand';
import { scoreCommand } from './scoreCommand';
import { validateCommand } from './validateCommand';

const USAGE = `Usage: baton <command>

Commands:
  score <answers.csv> [--json]   score a diagnostic answers file (participant,team,role,s1,…,s20;
                                 the role column may be left out)
  compare <earlier.baton.json> <later.baton.json> [--json]
                                 what changed in the diagnostic between two workshops
  report <workshop.baton.json> --out <plan.pdf> [--paper a4|letter] [--notes pdf|csv]
                                 render the PDF action plan of a workshop file (exit 2 if
                                 any item of the workshop would be missing from it)
  validate <file>                check a workshop (.baton.json) or template (.baton-template.json) file
  kit --out <folder> [--paper a4|letter]
                                 write the blank questionnaire PDF and the answers CSV template
`;

const commands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  score: scoreCommand,
  compare: compareCommand,
  report: reportCommand,
  validate: validateCommand,
  kit: kitCommand,
};

export async function runCli(argv: string[], terminal: CliIo): Promise<number> {
  // Everything printed can echo a file (a title, a name, the bytes of a file that is not JSON):
  // control characters go out escaped, so a file cannot drive the terminal.
  const io: CliIo = {
    ...terminal,
    stdout: (text) => terminal.stdout(escapeForTerminal(text)),
    stderr: (text) => terminal.stderr(escapeForTerminal(text)),
  };
  const [command, ...args] = argv;
  if (!command) {
    io.stderr(USAGE);
    return EXIT_BAD_INPUT;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const run = commands[command];
  if (!run) {
    io.stderr(`Unknown command "${command}".\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  return run(args, io);
}

const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => fs.readFile(path),
};

export async function main(argv = process.argv.slice(2)): Promise<void> {
  process.exitCode = await runCli(argv, nodeIo);
}
