// Templates in the renderer: the library list and the requests behind the library, the editor,
// "Save as template" and file import.
import { fail, type Result } from '../../../shared/result';
import type { TemplateImport } from '../../../shared/templates/api';
import type { Template, TemplateSummary } from '../../../shared/templates/schema';
import type { StorageProblem } from '../../../shared/ipc/problems';
import type { SliceCreator } from './storeTypes';

/** A template file dropped, opened or chosen, waiting for the user to confirm its import. */
export interface PendingTemplateImport {
  fileName: string;
  content: string;
  preview: Extract<TemplateImport, { status: 'preview' }>;
}

export interface TemplatesSlice {
  templates: TemplateSummary[];
  templateProblems: StorageProblem[];
  templatesLoaded: boolean;
  pendingTemplateImport: PendingTemplateImport | null;
  loadTemplates(): Promise<void>;
  duplicateTemplate(id: string): Promise<Result<Template>>;
  renameTemplate(id: string, name: string): Promise<Result<Template>>;
  deleteTemplate(id: string): Promise<void>;
  saveTemplate(template: Template): Promise<Result<Template>>;
  saveWorkshopAsTemplate(name: string, description: string): Promise<Result<Template>>;
  /** Reads a template file and shows its preview, or reports why it cannot be imported. */
  previewTemplateFile(fileName: string, content: string): Promise<void>;
  confirmTemplateImport(mode: 'rename' | 'replace'): Promise<void>;
  cancelTemplateImport(): void;
}

export const createTemplatesSlice: SliceCreator<TemplatesSlice> = (set, get) => {
  async function reload<T>(result: Result<T>, success: (value: T) => string): Promise<Result<T>> {
    if (result.ok) {
      get().notify('info', success(result.value));
      await get().loadTemplates();
    }
    return result;
  }

  return {
    templates: [],
    templateProblems: [],
    templatesLoaded: false,
    pendingTemplateImport: null,

    async loadTemplates() {
      const result = await get().api.listTemplates();
      if (result.ok) set({ templates: result.value.templates, templateProblems: result.value.problems, templatesLoaded: true });
      else get().notify('error', result.error.message);
    },

    duplicateTemplate: async (id) => reload(await get().api.duplicateTemplate({ id }), (t) => `Duplicated as “${t.name}”.`),
    renameTemplate: async (id, name) => reload(await get().api.renameTemplate({ id, name }), (t) => `Renamed to “${t.name}”.`),
    saveTemplate: async (template) => reload(await get().api.updateTemplate({ template }), (t) => `Saved “${t.name}”.`),

    async deleteTemplate(id) {
      const name = get().templates.find((t) => t.id === id)?.name ?? 'The template';
      const result = await get().api.deleteTemplate({ id });
      if (!result.ok) return get().notify('error', result.error.message);
      get().notify('info', `Deleted “${name}”.`);
      await get().loadTemplates();
    },

    async saveWorkshopAsTemplate(name, description) {
      const workshop = get().current;
      if (!workshop) return fail('not-found', 'No workshop is open.');
      // The template is made from the stored workshop, so pending edits are written first.
      await get().flushSave();
      return reload(await get().api.saveAsTemplate({ workshopId: workshop.id, name, description }), (t) => `Saved “${t.name}” as a template.`);
    },

    async previewTemplateFile(fileName, content) {
      const result = await get().api.importTemplate({ fileName, content, mode: 'preview' });
      if (!result.ok) return get().notify('error', result.error.message);
      if (result.value.status === 'preview') set({ pendingTemplateImport: { fileName, content, preview: result.value } });
    },

    async confirmTemplateImport(mode) {
      const pending = get().pendingTemplateImport;
      if (!pending) return;
      set({ pendingTemplateImport: null });
      const result = await get().api.importTemplate({ fileName: pending.fileName, content: pending.content, mode });
      await reload(result, (r) => `Imported “${r.template.name}”.`);
      if (!result.ok) get().notify('error', result.error.message);
    },

    cancelTemplateImport: () => set({ pendingTemplateImport: null }),
  };
};
