// Between workshops and templates: a template keeps a workshop's design and drops its content;
// a workshop made from a template gets its own copy, so later template edits never change it.
import { createActivity } from '../agenda/edits';
import { newStage } from '../agenda/handoff';
import type { Activity } from '../agenda/schema';
import { newBoard } from '../board/edits';
import type { WorkshopDetails, WorkshopDocument } from '../workshop/schema';
import { WORKSHOP_SCHEMA_VERSION, workshopDocumentSchema } from '../workshop/schema';
import { TEMPLATE_SCHEMA_VERSION, type Template, type TemplateActivity, type TemplateSummary } from './schema';

export function activityDesign(activity: Activity): TemplateActivity {
  return {
    kind: activity.kind,
    title: activity.title,
    prompt: activity.prompt,
    minutes: activity.minutes,
    notes: activity.notes,
    // A handoff map's board areas are its stages, kept once as `stages`.
    board: activity.board && !activity.handoff
      ? {
          areas: activity.board.areas.map(({ id: _id, ...area }) => area),
          voteBudget: activity.board.voteBudget,
          privateMode: activity.board.privateMode,
        }
      : null,
    stages: activity.handoff ? activity.handoff.stages.map((s) => s.name) : null,
  };
}

/** The design of a workshop: no notes, answers, participants, actions, timers or statuses. */
export function templateFromWorkshop(doc: WorkshopDocument, meta: { id: string; name: string; description: string; now: string }): Template {
  return {
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: meta.id,
    name: meta.name,
    description: meta.description,
    settings: { ...doc.settings },
    activities: doc.agenda.map(activityDesign),
    createdAt: meta.now,
    updatedAt: meta.now,
  };
}

/**
 * A new activity from its design, with fresh ids. A relay handoff map's stages and its board's
 * areas are one list (shared ids); other kinds take the design's areas, or their kind's defaults.
 */
export function activityFromDesign(design: TemplateActivity, newId: () => string): Activity {
  const base = createActivity(design.kind, newId);
  const content = { title: design.title, prompt: design.prompt, minutes: design.minutes, notes: design.notes };
  const boardOptions = design.board ? { voteBudget: design.board.voteBudget, privateMode: design.board.privateMode } : {};
  if (base.handoff && base.board) {
    const names = design.stages ?? base.handoff.stages.map((s) => s.name);
    const stages = names.map((name) => newStage(newId(), name));
    const areas = stages.map(({ id, name }) => ({ id, title: name, hint: '' }));
    return { ...base, ...content, board: { ...newBoard(areas), ...boardOptions }, handoff: { ...base.handoff, stages } };
  }
  if (!design.board) return { ...base, ...content };
  return { ...base, ...content, board: { ...newBoard(design.board.areas.map((area) => ({ ...area, id: newId() }))), ...boardOptions } };
}

export function workshopFromTemplate(
  template: Template,
  details: WorkshopDetails,
  ids: { workshop: string; newId: () => string },
  now: string,
): WorkshopDocument {
  return workshopDocumentSchema.parse({
    schemaVersion: WORKSHOP_SCHEMA_VERSION,
    id: ids.workshop,
    ...details,
    createdAt: now,
    updatedAt: now,
    settings: { ...template.settings },
    agenda: template.activities.map((design) => activityFromDesign(design, ids.newId)),
  });
}

export const templateMinutes = (template: Pick<Template, 'activities'>) => template.activities.reduce((sum, a) => sum + a.minutes, 0);

export function summarizeTemplate(template: Template, builtIn: boolean): TemplateSummary {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    builtIn,
    activities: template.activities.length,
    minutes: templateMinutes(template),
    kinds: template.activities.map((a) => a.kind),
    updatedAt: template.updatedAt,
  };
}
