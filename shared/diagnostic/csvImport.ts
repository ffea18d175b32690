// Reads and writes the diagnostic answers CSV: a header, then one participant a row with team, an
// optional role and s1…s20.
import { parseCsv, type CsvDelimiter, type CsvRow } from '../csv/parseCsv';
import { restoreNeutralised, writeCsv, type CsvCell } from '../csv/writeCsv';
import { DIAGNOSTIC_TEAMS, type Answer, type DiagnosticTeam, type ParticipantRole } from './model';
import { STATEMENTS } from './statements';

/** The header Baton writes (exports, the blank template) and reads. */
export const ANSWERS_CSV_COLUMNS: readonly string[] = ['participant', 'team', 'role', ...STATEMENTS.map((s) => s.key)];
/** The header from before roles; files with it still import, every role unset. */
export const ANSWERS_CSV_COLUMNS_WITHOUT_ROLE: readonly string[] = ANSWERS_CSV_COLUMNS.filter((name) => name !== 'role');
export const MAX_PARTICIPANT_LENGTH = 120;

export interface AnswersCsvRow {
  /** Where the row starts in the file, for messages about it later. */
  line: number;
  participant: string;
  team: DiagnosticTeam;
  /** Null where the cell was blank or the file has no role column. */
  role: ParticipantRole | null;
  /** Always 20 entries, statement 1 first; null where the cell was blank. */
  answers: Answer[];
}

export type AnswersCsvResult = { ok: true; delimiter: CsvDelimiter; rows: AnswersCsvRow[] } | { ok: false; errors: string[] };

export interface AnswersCsvEntry {
  participant: string;
  team: DiagnosticTeam;
  role?: ParticipantRole | null;
  answers: readonly Answer[];
}

const ANSWER = /^[1-5]$/;

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Quoted as JSON so blanks, spaces and line breaks show; long cells are cut so a message stays one line. */
function shown(cell: string): string {
  return JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell);
}

function expectedHeader(delimiter: CsvDelimiter): string {
  return ['participant', 'team', 'role', 's1', '…', `s${STATEMENTS.length}`].join(delimiter);
}

/** The columns the header names: with or without the role column. */
function headerColumns(header: CsvRow): readonly string[] | null {
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const matches = (columns: readonly string[]) => names.length === columns.length && columns.every((name, i) => names[i] === name);
  return [ANSWERS_CSV_COLUMNS, ANSWERS_CSV_COLUMNS_WITHOUT_ROLE].find(matches) ?? null;
}

function headerError(header: CsvRow, delimiter: CsvDelimiter): string {
  const names = header.fields.map((f) => f.trim().toLowerCase());
  // Compared with the layout it resembles: a third column named role, or not.
  const columns = names[2] === 'role' || names[2] === undefined ? ANSWERS_CSV_COLUMNS : ANSWERS_CSV_COLUMNS_WITHOUT_ROLE;
  const column = columns.findIndex((name, i) => names[i] !== name);
  let problem: string;
  if (column >= names.length) problem = `it has only ${counted(names.length, 'column')}`;
  else if (column >= 0) problem = `column ${column + 1} is ${shown(header.fields[column]!.trim())}`;
  else problem = `it has ${counted(names.length, 'column')}`;
  return `line ${header.line}: expected the header ${expectedHeader(delimiter)} (the role column may be left out); ${problem}`;
}

function isTeam(value: string): value is DiagnosticTeam {
  return (DIAGNOSTIC_TEAMS as readonly string[]).includes(value);
}

/** Blank, or the role's key or label in any case ("head", "Head of team", "staff"). */
function readRole(cell: string): ParticipantRole | null | undefined {
  const value = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === '') return null;
  if (value === 'head' || value === 'head of team') return 'head';
  if (value === 'staff') return 'staff';
  return undefined;
}

function readRow({ line, fields }: CsvRow, columns: readonly string[], errors: string[]): AnswersCsvRow | null {
  if (fields.length !== columns.length) {
    errors.push(`line ${line}: has ${counted(fields.length, 'cell')}, expected ${columns.length}`);
    return null;
  }
  const hasRole = columns.length === ANSWERS_CSV_COLUMNS.length;
  const [participantCell, teamCell] = fields as [string, string];
  const roleCell = hasRole ? fields[2]! : '';
  const answerCells = fields.slice(hasRole ? 3 : 2);
  const before = errors.length;
  // Exports put an apostrophe before formula-like names; taking it off makes import undo export.
  const participant = restoreNeutralised(participantCell.trim()).trim();
  if (participant.length > MAX_PARTICIPANT_LENGTH) {
    errors.push(`line ${line}, participant: must be ${MAX_PARTICIPANT_LENGTH} characters or fewer`);
  }
  const team = teamCell.trim().toLowerCase();
  if (!isTeam(team)) errors.push(`line ${line}, team: must be sales, marketing or other, got ${shown(teamCell.trim())}`);
  const role = readRole(roleCell);
  if (role === undefined) errors.push(`line ${line}, role: must be head, staff or blank, got ${shown(roleCell.trim())}`);
  const answers = answerCells.map((cell, i): Answer => {
    const value = cell.trim();
    if (value === '') return null;
    if (ANSWER.test(value)) return Number(value) as Answer;
    errors.push(`line ${line}, ${STATEMENTS[i]!.key}: must be a whole number 1–5, got ${shown(value)}`);
    return null;
  });
  return errors.length === before && isTeam(team) && role !== undefined ? { line, participant, team, role, answers } : null;
}

/** All or nothing: every problem in the file is reported, and no row is imported while there are any. */
export function parseAnswersCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): AnswersCsvResult {
  const parsed = parseCsv(text, options);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const { delimiter } = parsed;
  const [header, ...body] = parsed.rows;
  if (!header) return { ok: false, errors: [`the file is empty; expected the header ${expectedHeader(delimiter)}`] };
  const columns = headerColumns(header);
  // With the columns not where they should be, every row would only repeat the same complaint.
  if (!columns) return { ok: false, errors: [headerError(header, delimiter)] };
  if (body.length === 0) return { ok: false, errors: ['the file has no participant rows'] };
  const errors: string[] = [];
  const rows = body.map((row) => readRow(row, columns, errors));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, delimiter, rows: rows.filter((row) => row !== null) };
}

/** The same layout `parseAnswersCsv` reads, so an export can be edited and imported again. */
export function writeAnswersCsv(
  entries: readonly AnswersCsvEntry[],
  options: { delimiter?: CsvDelimiter; bom?: boolean } = {},
): string {
  const rows = entries.map((e): CsvCell[] => [e.participant, e.team, e.role ?? '', ...STATEMENTS.map((_, i) => e.answers[i] ?? '')]);
  return writeCsv([ANSWERS_CSV_COLUMNS, ...rows], options);
}

/**
 * The blank template for answers collected on paper or in a spreadsheet: the header alone, with a
 * byte order mark so Excel reads it as UTF-8. One row per participant goes under it.
 */
export function answersCsvTemplate(): string {
  return writeAnswersCsv([], { bom: true });
}
