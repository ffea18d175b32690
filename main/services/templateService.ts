// Templates: the built-ins shipped read-only in assets/templates/, and the facilitator's own in
// templates/<id>.json. Save a workshop's design, duplicate (the way to edit a built-in), rename,
// edit, delete, share as files, and start a workshop from one.
import fs from 'node:fs';
import path from 'node:path';
import type { StorageProblem } from '../../shared/ipc/problems';
import type { TemplateImport, TemplateListing } from '../../shared/templates/api';
import { fail, ok, type Result } from '../../shared/result';
import { summarizeTemplate, templateFromWorkshop, workshopFromTemplate } from '../../shared/templates/convert';
import { TEMPLATE_FILE_EXTENSION, TEMPLATE_NAME_MAX, templateSchema, type Template } from '../../shared/templates/schema';
import { parseTemplateFile, templateFileContent } from '../../shared/templates/templateFile';
import type { WorkshopDetails, WorkshopDocument } from '../../shared/workshop/schema';
import { copyTitle, uniqueName } from '../../shared/workshop/summary';
import type { DocumentCollection } from '../storage/documentCollection';
import type { Clock, WorkshopService } from './workshopService';

/** Built-ins are read once per process: they ship with the app and never change while it runs. */
function loadBuiltIns(dir: string): { templates: Template[]; problems: StorageProblem[] } {
  const templates: Template[] = [];
  const problems: StorageProblem[] = [];
  for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
    if (!file.endsWith(TEMPLATE_FILE_EXTENSION)) continue;
    const parsed = parseTemplateFile(fs.readFileSync(path.join(dir, file), 'utf8'), file);
    if (parsed.ok) templates.push(parsed.value);
    else problems.push({ file: `assets/templates/${file}`, message: parsed.error.message });
  }
  return { templates, problems };
}

export function createTemplateService(
  collection: DocumentCollection<Template>,
  builtInDir: string,
  workshops: WorkshopService,
  clock: Clock,
) {
  let builtIns: ReturnType<typeof loadBuiltIns> | undefined;
  const builtInList = () => (builtIns ??= loadBuiltIns(builtInDir));
  const isBuiltIn = (id: string) => builtInList().templates.some((t) => t.id === id);
  const now = () => clock.now().toISOString();
  const readOnly = () => fail('invalid-request', 'Built-in templates cannot be changed. Duplicate it, then edit the copy.');

  function get(id: string): Result<Template> {
    const builtIn = builtInList().templates.find((t) => t.id === id);
    return builtIn ? ok(builtIn) : collection.get(id);
  }

  /** Every template name in use, built-ins included: a copy or an import must not repeat one. */
  function takenNames(): string[] {
    return [...collection.list((t) => t.name).items, ...builtInList().templates.map((t) => t.name)];
  }

  function save(template: Template): Result<Template> {
    const checked = templateSchema.parse(template);
    collection.put(checked);
    return ok(checked);
  }

  function changeUser(id: string, edit: (t: Template) => Template): Result<Template> {
    if (isBuiltIn(id)) return readOnly();
    const current = collection.get(id);
    if (!current.ok) return current;
    return save({ ...edit(current.value), id, createdAt: current.value.createdAt, updatedAt: now() });
  }

  return {
    list(): TemplateListing {
      const user = collection.list((t) => summarizeTemplate(t, false));
      const summaries = [...builtInList().templates.map((t) => summarizeTemplate(t, true)), ...user.items.sort((a, b) => a.name.localeCompare(b.name))];
      return { templates: summaries, problems: [...builtInList().problems, ...user.problems] };
    },

    get: (id: string): Result<Template & { builtIn: boolean }> => {
      const found = get(id);
      return found.ok ? ok({ ...found.value, builtIn: isBuiltIn(id) }) : found;
    },

    saveFromWorkshop(workshopId: string, name: string, description: string): Result<Template> {
      const doc = workshops.get(workshopId);
      if (!doc.ok) return doc;
      return save(templateFromWorkshop(doc.value, { id: clock.newId(), name, description, now: now() }));
    },

    duplicate(id: string): Result<Template> {
      const source = get(id);
      if (!source.ok) return source;
      const at = now();
      return save({ ...source.value, id: clock.newId(), name: copyTitle(source.value.name, takenNames(), TEMPLATE_NAME_MAX), createdAt: at, updatedAt: at });
    },

    rename: (id: string, name: string) => changeUser(id, (t) => ({ ...t, name })),

    update: (template: Template) => changeUser(template.id, () => template),

    remove(id: string): Result<{ id: string }> {
      return isBuiltIn(id) ? readOnly() : collection.remove(id);
    },

    createWorkshop(templateId: string, details: WorkshopDetails): Result<WorkshopDocument> {
      const template = get(templateId);
      if (!template.ok) return template;
      return workshops.createFrom((id, at) => workshopFromTemplate(template.value, details, { workshop: id, newId: clock.newId }, at));
    },

    /**
     * `preview` validates and reports a clash with a template of the same name without saving;
     * `rename` imports under a free name; `replace` overwrites the clashing template (keeping its id).
     * An imported template always gets a new id, so a file can never overwrite by id.
     */
    importFile(fileName: string, content: string, mode: 'preview' | 'rename' | 'replace'): Result<TemplateImport> {
      const parsed = parseTemplateFile(content, fileName || 'The file');
      if (!parsed.ok) return parsed;
      const clashing = collection.list((t) => t).items.find((t) => t.name === parsed.value.name);
      if (mode === 'preview') return ok({ status: 'preview', template: parsed.value, clash: clashing ? { id: clashing.id, name: clashing.name } : null });
      const at = now();
      if (mode === 'replace' && clashing) {
        const replaced = save({ ...parsed.value, id: clashing.id, createdAt: clashing.createdAt, updatedAt: at });
        return replaced.ok ? ok({ status: 'imported', template: replaced.value }) : replaced;
      }
      // A clash is renamed "Name (2)", "Name (3)"…
      const name = uniqueName(parsed.value.name, takenNames(), (n) => (n === 1 ? '' : ` (${n})`), TEMPLATE_NAME_MAX);
      const imported = save({ ...parsed.value, id: clock.newId(), name, createdAt: at, updatedAt: at });
      return imported.ok ? ok({ status: 'imported', template: imported.value }) : imported;
    },

    fileContent(id: string): Result<{ name: string; content: string }> {
      const template = get(id);
      return template.ok ? ok({ name: template.value.name, content: templateFileContent(template.value) }) : template;
    },
  };
}

export type TemplateService = ReturnType<typeof createTemplateService>;
