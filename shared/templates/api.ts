// What the template requests answer, shared by the contract, main and the renderer.
import type { StorageProblem } from '../ipc/problems';
import type { Template, TemplateSummary } from './schema';

export type TemplateImport =
  | { status: 'preview'; template: Template; clash: { id: string; name: string } | null }
  | { status: 'imported'; template: Template };

export interface TemplateListing {
  templates: TemplateSummary[];
  problems: StorageProblem[];
}
