// `baton compare <earlier.baton.json> <later.baton.json> [--json]`: what changed in the diagnostic
// between two workshops, with the same code as the app's results screen and the PDF's "Since last
// time": a readable summary, or the comparison's fixed JSON shape for scripts.
import { compareWorkshops, type WorkshopComparison } from '../../shared/compare/compareWorkshops';
import { formatChange, formatStanding, gapRows, levelMoveText, levelRows, subscoreRows, subscoreTeams, type GapRow } from '../../shared/compare/comparisonRows';
import { formatDay } from '../../shared/format/dates';
import { formatGap } from '../../shared/diagnostic/formatGap';
import { FRAMEWORK_ATTRIBUTION } from '../../shared/diagnostic/levels';
import { TEAM_LABELS } from '../../shared/diagnostic/model';
import type { WorkshopDocument } from '../../shared/workshop/schema';
import { EXIT_BAD_INPUT, EXIT_OK, jsonAndFiles, readWorkshopFile, type CliIo } from './io';

const USAGE = 'Usage: baton compare <earlier.baton.json> <later.baton.json> [--json]\n';

const pad = (text: string, width: number) => text.padEnd(width);

function heading(doc: WorkshopDocument, file: string): string {
  return `${doc.title}${doc.date ? `, ${formatDay(doc.date, 'en-GB')}` : ''} (${file})`;
}

const gapLine = (g: GapRow) => `  ${String(g.statement).padStart(2)}  ${pad(g.short, 38)} ${formatGap(g.earlier).padStart(6)} → ${formatGap(g.later).padStart(6)}  (${formatGap(g.change)})`;

/** The readable summary: levels then and now, sub-score changes, gaps closed and opened, what moved most. */
export function compareSummary(c: WorkshopComparison, earlier: { doc: WorkshopDocument; file: string }, later: { doc: WorkshopDocument; file: string }): string {
  const lines = [`Since last time`, `  then: ${heading(earlier.doc, earlier.file)}`, `  now:  ${heading(later.doc, later.file)}`, ''];
  // Files given the wrong way round still compare, but every sign would read backwards.
  if (earlier.doc.date && later.doc.date && later.doc.date < earlier.doc.date) {
    lines.push(`Note: ${later.file} is dated before ${earlier.file}; each change is read from the first file to the second.`, '');
  }
  lines.push(`${pad('', 12)}${pad('then', 18)}${pad('now', 18)}${pad('change', 9)}level`);
  for (const row of levelRows(c)) {
    const note = row.key === 'other' ? ' (not in overall)' : '';
    lines.push(`${pad(row.label, 12)}${pad(formatStanding(row.then), 18)}${pad(formatStanding(row.now), 18)}${pad(formatChange(row.change, 1), 9)}${levelMoveText(row)}${note}`.trimEnd());
  }

  const teams = subscoreTeams(c);
  if (teams.length > 0) {
    lines.push('', `Sub-score changes (1–5)${' '.repeat(9)}${teams.map((t) => pad(TEAM_LABELS[t], 11)).join('')}`.trimEnd());
    for (const row of subscoreRows(c)) lines.push(`  ${pad(row.name, 30)}${teams.map((t) => pad(formatChange(row.changes[t] ?? null, 2), 11)).join('')}`.trimEnd());
  }

  const gaps = gapRows(c);
  lines.push('', 'Gaps closed (1.00 or more then, less now; marketing − sales, then → now):');
  lines.push(...(gaps.closed.length ? gaps.closed.map(gapLine) : ['  none']));
  lines.push('', 'Gaps opened (less than 1.00 then, 1.00 or more now):');
  lines.push(...(gaps.opened.length ? gaps.opened.map(gapLine) : ['  none']));
  lines.push('', 'Statements whose gap moved most:');
  lines.push(...(gaps.movedMost.length ? gaps.movedMost.map(gapLine) : [c.change.gaps.moved.length ? '  none moved' : '  no statement has a gap in both workshops']));
  lines.push('', FRAMEWORK_ATTRIBUTION);
  return `${lines.join('\n')}\n`;
}

export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { json, files, unknown } = jsonAndFiles(args);
  if (unknown || files.length !== 2) {
    io.stderr(`${unknown ? `Unknown option ${unknown}. ` : files.length < 2 ? 'Give the earlier and the later workshop files. ' : 'Give exactly two workshop files. '}${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const [earlierFile, laterFile] = files as [string, string];
  // Both files are checked, so one run names every bad file.
  const earlier = await readWorkshopFile(io, earlierFile);
  const later = await readWorkshopFile(io, laterFile);
  if (!earlier || !later) return EXIT_BAD_INPUT;
  const comparison = compareWorkshops(earlier, later);
  io.stdout(
    json
      ? `${JSON.stringify(comparison, null, 2)}\n`
      : compareSummary(comparison, { doc: earlier, file: earlierFile }, { doc: later, file: laterFile }),
  );
  return EXIT_OK;
}
