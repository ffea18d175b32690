// Reading a file the user chose or dropped, with the size limit checked before it is read and the
// encoding rule every path shares (shared/text/decodeTextFile.ts).
import { MAX_IMPORT_BYTES } from '../../../shared/files/batonFile';
import { decodeTextFile } from '../../../shared/text/decodeTextFile';

export async function readImportFile(file: File): Promise<{ content: string } | { error: string }> {
  if (file.size > MAX_IMPORT_BYTES) return { error: `${file.name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; nothing was imported.` };
  const text = decodeTextFile(new Uint8Array(await file.arrayBuffer()), file.name);
  return text.ok ? { content: text.value } : { error: `${text.error.message} Nothing was imported.` };
}
