// `baton score <answers.csv> [--json]`: scores a diagnostic answers file with the same code the app
// uses, printing a readable summary or a fixed JSON shape for scripts.
import { parseAnswersCsv } from '../../shared/diagnostic/csvImport';
import { formatGap } from '../../shared/diagnostic/formatGap';
import { FRAMEWORK_ATTRIBUTION } from '../../shared/diagnostic/levels';
import { TEAM_LABELS, type DiagnosticResult, type DiagnosticTeam } from '../../shared/diagnostic/model';
import { scoreDiagnostic } from '../../shared/diagnostic/score';
import { STATEMENTS, STATEMENT_GROUPS } from '../../shared/diagnostic/statements';
import { EXIT_BAD_INPUT, EXIT_OK, jsonAndFiles, readInputFile, type CliIo } from './io';

/** The JSON contract of `score --json`; keep it stable for scripts that read it. */
export function scoreJson(result: DiagnosticResult) {
  return {
    participants: result.participants.map((p) => ({
      participant: p.label,
      team: p.team,
      answered: p.answered,
      total: p.total,
      prorated: p.prorated,
      counted: p.counted,
      level: p.level,
    })),
    teams: result.teams,
    overall: result.overall,
    gaps: result.gaps,
    subscores: result.subscores,
  };
}

const pad = (text: string, width: number) => text.padEnd(width);
const num = (n: number | null | undefined, digits: number) => (n == null ? '—' : n.toFixed(digits));

export function scoreSummary(result: DiagnosticResult, file: string): string {
  const counted = result.participants.filter((p) => p.counted).length;
  const lines = [
    `Alignment diagnostic: ${file}`,
    `${result.participants.length} participants, ${counted} counted`,
    '',
    `${pad('', 12)}${pad('n', 5)}${pad('mean', 7)}level`,
  ];
  for (const team of ['sales', 'marketing'] as DiagnosticTeam[]) {
    const t = result.teams[team];
    lines.push(`${pad(TEAM_LABELS[team], 12)}${pad(String(t?.n ?? 0), 5)}${pad(num(t?.mean, 1), 7)}${t?.level ?? 'no complete answers'}`);
  }
  lines.push(`${pad('Overall', 12)}${pad('', 5)}${pad(num(result.overall.mean, 1), 7)}${result.overall.level ?? '—'}`);
  if (result.teams.other) {
    const t = result.teams.other;
    lines.push(`${pad('Other', 12)}${pad(String(t.n), 5)}${pad(num(t.mean, 1), 7)}${t.level} (not in overall)`);
  }
  if (result.overall.warning) lines.push('', `Warning: ${result.overall.warning}`);

  lines.push('', 'Perception gaps (marketing − sales, 1.00 or more):');
  if (result.gaps.length === 0) lines.push('  none');
  for (const g of result.gaps) {
    lines.push(`  ${String(g.statement).padStart(2)}  ${pad(STATEMENTS[g.statement - 1]!.short, 38)} sales ${g.sales.toFixed(2)}  marketing ${g.marketing.toFixed(2)}  gap ${formatGap(g.gap)}`);
  }

  const teams = Object.keys(result.subscores) as DiagnosticTeam[];
  if (teams.length > 0) {
    lines.push('', `Sub-scores (1–5)${' '.repeat(14)}${teams.map((t) => pad(TEAM_LABELS[t], 11)).join('')}`);
    for (const g of STATEMENT_GROUPS) {
      lines.push(`  ${pad(g.name, 28)}${teams.map((t) => pad(num(result.subscores[t]?.[g.id], 2), 11)).join('')}`);
    }
  }

  if (result.splits.length > 0) {
    lines.push('', 'Teams split on a statement (spread 1.2 or more):');
    for (const s of result.splits) lines.push(`  ${TEAM_LABELS[s.team]} on ${s.statement} (${STATEMENTS[s.statement - 1]!.short}): ${s.sd.toFixed(2)}`);
  }
  const notCounted = result.participants.filter((p) => !p.counted);
  if (notCounted.length > 0) {
    lines.push('', `Not counted (fewer than 16 answers): ${notCounted.map((p) => `${p.label} (${p.answered}/20)`).join(', ')}`);
  }
  lines.push('', FRAMEWORK_ATTRIBUTION);
  return `${lines.join('\n')}\n`;
}

export async function scoreCommand(args: string[], io: CliIo): Promise<number> {
  const { json, files, unknown } = jsonAndFiles(args);
  if (unknown || files.length !== 1) {
    io.stderr(unknown ? `Unknown option ${unknown}. Usage: baton score <answers.csv> [--json]\n` : 'Usage: baton score <answers.csv> [--json]\n');
    return EXIT_BAD_INPUT;
  }
  const file = files[0]!;
  const text = await readInputFile(io, file);
  if (text === null) return EXIT_BAD_INPUT;
  const parsed = parseAnswersCsv(text);
  if (!parsed.ok) {
    io.stderr(parsed.errors.map((e) => `${file}: ${e}\n`).join(''));
    return EXIT_BAD_INPUT;
  }
  const result = scoreDiagnostic(parsed.rows.map((row, i) => ({ id: `row-${i + 1}`, name: row.participant, team: row.team, role: row.role, answers: row.answers })));
  io.stdout(json ? `${JSON.stringify(scoreJson(result), null, 2)}\n` : scoreSummary(result, file));
  return EXIT_OK;
}
