// Backup file names and the rule deciding which backups are kept.
import { describe, expect, it } from 'vitest';
import { backupFileName, backupSavedAt, backupsToKeep, BACKUP_FILE_PATTERN, newestFirst } from './backupNames';

const at = (iso: string) => new Date(iso);
const name = (iso: string, copy = 1) => backupFileName(at(iso), copy);

describe('backup file names', () => {
  it('carry the time the version was saved, without characters Windows refuses', () => {
    expect(name('2026-11-25T09:05:03.042Z')).toBe('2026-11-25T09-05-03-042Z.json');
    expect(name('2026-11-25T09:05:03.042Z', 2)).toBe('2026-11-25T09-05-03-042Z-2.json');
    expect(backupSavedAt('2026-11-25T09-05-03-042Z-2.json')).toEqual(at('2026-11-25T09:05:03.042Z'));
  });

  it('match nothing that could leave the backup folder', () => {
    for (const bad of ['../2026-11-25T09-05-03-042Z.json', '2026-11-25T09-05-03-042Z.json/..', 'a/2026-11-25T09-05-03-042Z.json', '2026-11-25T09-05-03-042Z.json\0', '.json', '']) {
      expect(BACKUP_FILE_PATTERN.test(bad), bad).toBe(false);
    }
  });

  it('sort newest first, copies of one millisecond highest copy first, and drop names that are not backups', () => {
    const names = [name('2026-11-24T10:00:00Z'), 'notes.txt', name('2026-11-25T10:00:00Z'), name('2026-11-25T10:00:00Z', 2)];
    expect(newestFirst(names)).toEqual([name('2026-11-25T10:00:00Z', 2), name('2026-11-25T10:00:00Z'), name('2026-11-24T10:00:00Z')]);
  });
});

describe('which backups are kept', () => {
  const now = at('2026-11-30T12:00:00Z');

  it('keeps the last 10 saved versions', () => {
    const saves = Array.from({ length: 25 }, (_, i) => name(`2026-11-30T10:${String(i).padStart(2, '0')}:00Z`));
    const kept = backupsToKeep(saves, now);
    expect([...kept].sort()).toEqual(saves.slice(15).sort());
  });

  it('keeps, beyond those, the last version of each of the last 14 days and nothing older', () => {
    const days = Array.from({ length: 20 }, (_, d) => [
      name(`2026-11-${String(30 - d).padStart(2, '0')}T08:00:00Z`),
      name(`2026-11-${String(30 - d).padStart(2, '0')}T09:00:00Z`),
    ]).flat();
    const recent = Array.from({ length: 10 }, (_, i) => name(`2026-11-30T11:${String(i).padStart(2, '0')}:00Z`));
    const kept = backupsToKeep([...days, ...recent], now);
    const lastOfDay = Array.from({ length: 14 }, (_, d) => name(`2026-11-${String(30 - d).padStart(2, '0')}T09:00:00Z`));
    expect([...kept].sort()).toEqual([...recent, ...lastOfDay.slice(1)].sort());
    expect(kept.size).toBe(10 + 13);
    expect(kept.has(name('2026-11-16T09:00:00Z'))).toBe(false);
  });

  it('keeps old versions when there are fewer than ten', () => {
    const old = [name('2025-01-01T00:00:00Z'), name('2025-06-01T00:00:00Z')];
    expect(backupsToKeep(old, now)).toEqual(new Set(old));
  });
});
