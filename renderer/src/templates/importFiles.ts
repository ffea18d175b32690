// Reading a file the user chose or dropped, with the size limit checked before it is read.
import { MAX_IMPORT_BYTES } from '../../../shared/files/batonFile';

export async function readImportFile(file: File): Promise<{ content: string } | { error: string }> {
  if (file.size > MAX_IMPORT_BYTES) return { error: `${file.name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; nothing was imported.` };
  return { content: await file.text() };
}
