// Backups within a size budget: a big workshop saved again and again never fills a small disk with
// its old versions; the oldest go first and the version just replaced always stays.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupBudgetBytes, backupsWithinBudget } from '../../shared/storage/backupNames';
import { tempDataDir } from '../testing/tempDir';
import { createBackupShelf } from './backupShelf';

/** Saves `file` the way Baton does (a new file renamed over it), after keeping the old version. */
function saveVersions(count: number, bytes: number, budgetBytes?: number) {
  const dataDir = tempDataDir();
  const file = path.join(dataDir, 'w-00000001.json');
  let at = Date.parse('2026-11-30T09:00:00.000Z');
  const shelf = createBackupShelf(path.join(dataDir, 'backups'), () => new Date(at), budgetBytes === undefined ? {} : { budgetBytes });
  const kept: string[] = [];
  for (let version = 1; version <= count; version++) {
    const stats = fs.statSync(file, { throwIfNoEntry: false }) ?? null;
    const name = shelf.keepPrevious('w-00000001', file, new Date(at - 1000), stats);
    if (name) kept.push(name);
    fs.writeFileSync(`${file}.tmp`, String(version % 10).repeat(bytes));
    fs.renameSync(`${file}.tmp`, file);
    at += 60_000;
  }
  return { shelf, kept, folder: path.join(dataDir, 'backups', 'w-00000001') };
}

describe('backups within a size budget', () => {
  it('drops the oldest versions first once the budget is reached, keeping the newest', async () => {
    const { shelf, kept, folder } = saveVersions(11, 190_000, 600_000);
    // Ten versions were kept in turn; three of 190 KB fit in 600 KB.
    expect(kept).toHaveLength(10);
    expect(shelf.names('w-00000001')).toEqual(kept.slice(-3).reverse());
    await vi.waitFor(() => expect(fs.readdirSync(folder).sort()).toEqual(kept.slice(-3).sort()));
    const used = fs.readdirSync(folder).reduce((sum, name) => sum + fs.statSync(path.join(folder, name)).size, 0);
    expect(used).toBeLessThanOrEqual(600_000);
  });

  it('keeps the version just replaced even when it alone is over the budget', () => {
    const { shelf, kept } = saveVersions(4, 5_000, 1_000);
    expect(shelf.names('w-00000001')).toEqual([kept.at(-1)]);
  });

  it('takes a tenth of the disk, at most 50 MB: a 2 MB disk keeps one version of a 190 KB workshop', () => {
    expect(backupBudgetBytes(2 * 1024 * 1024)).toBe(209_715);
    expect(backupBudgetBytes(500 * 1024 ** 3)).toBe(50 * 1024 * 1024);
    expect(backupBudgetBytes(null)).toBe(50 * 1024 * 1024);
    const tenVersions = Array.from({ length: 10 }, (_, i) => ({ name: `v${10 - i}`, bytes: 190_000 }));
    expect([...backupsWithinBudget(tenVersions, backupBudgetBytes(2 * 1024 * 1024))]).toEqual(['v10']);
  });
});
