// The `.baton.json` workshop file: the whole workshop document, schema-versioned. Importing it
// gives a new workshop.
import { fail, type Result } from '../result';
import { describeFirstIssues } from '../validation';
import { danglingReferenceIssues, withoutLeftovers } from '../workshop/danglingReferences';
import { repeatedIdIssues } from '../workshop/repeatedIds';
import { workshopDocumentSchema, type WorkshopDocument } from '../workshop/schema';
import { batonFileContent, parseBatonFile } from './batonFile';

export { MAX_IMPORT_BYTES } from './batonFile';
export const WORKSHOP_FILE_EXTENSION = '.baton.json';

export const workshopFileContent = (doc: WorkshopDocument): string => batonFileContent('workshop', withoutLeftovers(doc));

export function parseWorkshopFile(text: string, name = 'The file'): Result<WorkshopDocument> {
  const parsed = parseBatonFile(text, { kind: 'workshop', schema: workshopDocumentSchema, name });
  if (!parsed.ok) return parsed;
  const broken = [...repeatedIdIssues(parsed.value), ...danglingReferenceIssues(parsed.value)];
  if (broken.length === 0) return parsed;
  return fail('invalid-request', `${name} is not a valid workshop: ${describeFirstIssues(broken)}`, broken);
}

/**
 * A file name from a title: letters (of any script), digits and dashes, never empty. Characters
 * that file systems forbid (/ \\ : * ? " < > |) are not letters, so they never get through.
 */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'workshop';
}
