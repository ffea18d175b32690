// Reads and writes the diagnostic answers CSV: a header, then one participant a row with team and s1…s20.
import { parseCsv, type CsvDelimiter, type CsvRow } from '../csv/parseCsv';
import { restoreNeutralised, writeCsv, type CsvCell } from '../csv/writeCsv';
import { DIAGNOSTIC_TEAMS, type Answer, type DiagnosticTeam } from './model';
import { STATEMENTS } from './statements';

export const ANSWERS_CSV_COLUMNS: readonly string[] = ['participant', 'team', ...STATEMENTS.map((s) => s.key)];
export const MAX_PARTICIPANT_LENGTH = 120;

export interface AnswersCsvRow {
  /** Where the row starts in the file, for messages about it later. */
  line: number;
  participant: string;
  team: DiagnosticTeam;
  /** Always 20 entries, statement 1 first; null where the cell was blank. */
  answers: Answer[];
}

export type AnswersCsvResult = { ok: true; delimiter: CsvDelimiter; rows: AnswersCsvRow[] } | { ok: false; errors: string[] };

export interface AnswersCsvEntry {
  participant: string;
  team: DiagnosticTeam;
  answers: readonly Answer[];
}

const ANSWER = /^[1-5]$/;

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Quoted as JSON so blanks, spaces and line breaks show; long cells are cut so a message stays one line. */
function shown(cell: string): string {
  return JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell);
}

function expectedHeader(delimiter: CsvDelimiter): string {
  return ['participant', 'team', 's1', '…', `s${STATEMENTS.length}`].join(delimiter);
}

function headerError(header: CsvRow, delimiter: CsvDelimiter): string | null {
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const column = ANSWERS_CSV_COLUMNS.findIndex((name, i) => names[i] !== name);
  let problem: string;
  if (column >= names.length) problem = `it has only ${counted(names.length, 'column')}`;
  else if (column >= 0) problem = `column ${column + 1} is ${shown(header.fields[column]!.trim())}`;
  else if (names.length > ANSWERS_CSV_COLUMNS.length) problem = `it has ${counted(names.length, 'column')}`;
  else return null;
  return `line ${header.line}: expected the header ${expectedHeader(delimiter)}; ${problem}`;
}

function isTeam(value: string): value is DiagnosticTeam {
  return (DIAGNOSTIC_TEAMS as readonly string[]).includes(value);
}

function readRow({ line, fields }: CsvRow, errors: string[]): AnswersCsvRow | null {
  if (fields.length !== ANSWERS_CSV_COLUMNS.length) {
    errors.push(`line ${line}: has ${counted(fields.length, 'cell')}, expected ${ANSWERS_CSV_COLUMNS.length}`);
    return null;
  }
  const [participantCell, teamCell, ...answerCells] = fields as [string, string, ...string[]];
  const before = errors.length;
  // Exports put an apostrophe before formula-like names; taking it off makes import undo export.
  const participant = restoreNeutralised(participantCell.trim()).trim();
  if (participant.length > MAX_PARTICIPANT_LENGTH) {
    errors.push(`line ${line}, participant: must be ${MAX_PARTICIPANT_LENGTH} characters or fewer`);
  }
  const team = teamCell.trim().toLowerCase();
  if (!isTeam(team)) errors.push(`line ${line}, team: must be sales, marketing or other, got ${shown(teamCell.trim())}`);
  const answers = answerCells.map((cell, i): Answer => {
    const value = cell.trim();
    if (value === '') return null;
    if (ANSWER.test(value)) return Number(value) as Answer;
    errors.push(`line ${line}, ${STATEMENTS[i]!.key}: must be a whole number 1–5, got ${shown(value)}`);
    return null;
  });
  return errors.length === before && isTeam(team) ? { line, participant, team, answers } : null;
}

/** All or nothing: every problem in the file is reported, and no row is imported while there are any. */
export function parseAnswersCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): AnswersCsvResult {
  const parsed = parseCsv(text, options);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const { delimiter } = parsed;
  const [header, ...body] = parsed.rows;
  if (!header) return { ok: false, errors: [`the file is empty; expected the header ${expectedHeader(delimiter)}`] };
  const wrongHeader = headerError(header, delimiter);
  // With the columns not where they should be, every row would only repeat the same complaint.
  if (wrongHeader) return { ok: false, errors: [wrongHeader] };
  if (body.length === 0) return { ok: false, errors: ['the file has no participant rows'] };
  const errors: string[] = [];
  const rows = body.map((row) => readRow(row, errors));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, delimiter, rows: rows.filter((row) => row !== null) };
}

/** The same layout `parseAnswersCsv` reads, so an export can be edited and imported again. */
export function writeAnswersCsv(
  entries: readonly AnswersCsvEntry[],
  options: { delimiter?: CsvDelimiter; bom?: boolean } = {},
): string {
  const rows = entries.map((e): CsvCell[] => [e.participant, e.team, ...STATEMENTS.map((_, i) => e.answers[i] ?? '')]);
  return writeCsv([ANSWERS_CSV_COLUMNS, ...rows], options);
}
