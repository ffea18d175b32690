// Earlier versions of a workshop as the "Restore an earlier version" list shows them, and the
// strict check of a requested backup name (a bare file name of the backup pattern, nothing else).
import { z } from 'zod';
import { BACKUP_FILE_PATTERN } from '../storage/backupNames';

export interface WorkshopBackup {
  /** The name to pass to `restoreBackup`, e.g. `2026-11-25T09-00-00-000Z.json`. */
  file: string;
  /** When this version was saved (ISO 8601). */
  savedAt: string;
  title: string;
  /** Size of the stored file. */
  bytes: number;
  /** Number of notes on all boards. */
  notes: number;
}

export const backupFileSchema = z
  .string()
  .max(40)
  .regex(BACKUP_FILE_PATTERN, 'must be the name of a backup, such as 2026-11-25T09-00-00-000Z.json');
