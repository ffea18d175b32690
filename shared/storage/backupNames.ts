// Names and the keeping rule of workshop backups (`backups/<id>/<time saved>.json`). Pure, so the
// contract can check a requested name with the same pattern storage writes.

/** `2026-11-25T09-00-00-000Z`: an ISO time without the characters Windows refuses in file names. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** A backup's name: when its version was saved, and a copy number if two share a millisecond. */
export const BACKUP_FILE_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d{1,3}))?\.json$/;

export function backupFileName(savedAt: Date, copy = 1): string {
  return `${fileStamp(savedAt)}${copy > 1 ? `-${copy}` : ''}.json`;
}

interface NamedBackup {
  name: string;
  savedAt: Date;
  copy: number;
}

function parseName(name: string): NamedBackup | null {
  const m = BACKUP_FILE_PATTERN.exec(name);
  if (!m) return null;
  const savedAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(savedAt.getTime()) ? null : { name, savedAt, copy: Number(m[6] ?? 1) };
}

export function backupSavedAt(name: string): Date | null {
  return parseName(name)?.savedAt ?? null;
}

function parsedNewestFirst(names: Iterable<string>): NamedBackup[] {
  return [...names]
    .map(parseName)
    .filter((b): b is NamedBackup => b !== null)
    .sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime() || b.copy - a.copy);
}

/** Backup names, newest first; names that are not backups are left out. */
export function newestFirst(names: Iterable<string>): string[] {
  return parsedNewestFirst(names).map((b) => b.name);
}

export const BACKUP_RULE = { recent: 10, days: 14 } as const;

/** The local calendar day, as a number, so "one per day" follows the facilitator's clock. */
const dayNumber = (d: Date) => Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);

/**
 * Which backups to keep: the `recent` newest, plus the newest of each of the last `days` local
 * calendar days (today included). The rest are pruned. Names that are not backups are never
 * returned, so callers must only prune names that match the pattern.
 */
export function backupsToKeep(names: Iterable<string>, now: Date, rule: { recent: number; days: number } = BACKUP_RULE): Set<string> {
  const sorted = parsedNewestFirst(names);
  const keep = new Set(sorted.slice(0, rule.recent).map((b) => b.name));
  const today = dayNumber(now);
  const daysSeen = new Set<number>();
  for (const { name, savedAt } of sorted) {
    const day = dayNumber(savedAt);
    if (today - day < 0 || today - day >= rule.days || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(name);
  }
  return keep;
}

/**
 * How much disk one document's backups may use: a tenth of the disk they are on, and never more
 * than 50 MB. Ten versions of a 190 KB workshop would otherwise take 1.9 MB of a 2 MB disk.
 */
export const BACKUP_BUDGET = { shareOfDisk: 0.1, maxBytes: 50 * 1024 * 1024 } as const;

export function backupBudgetBytes(diskBytes: number | null): number {
  const share = diskBytes === null ? Infinity : Math.floor(diskBytes * BACKUP_BUDGET.shareOfDisk);
  return Math.min(share, BACKUP_BUDGET.maxBytes);
}

/**
 * The backups (newest first, with their sizes) that fit in `budget`, counting from the newest, so
 * the oldest are dropped first. The newest always stays, even alone over the budget: it is the
 * version the last save replaced.
 */
export function backupsWithinBudget(newestFirstSizes: readonly { name: string; bytes: number }[], budget: number): Set<string> {
  const keep = new Set<string>();
  let used = 0;
  for (const [i, { name, bytes }] of newestFirstSizes.entries()) {
    if (i > 0 && used + bytes > budget) break;
    used += bytes;
    keep.add(name);
  }
  return keep;
}
