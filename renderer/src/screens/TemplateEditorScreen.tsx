// Editing one of the facilitator's templates: name, description, settings and every activity
// (kind, title, prompt, timebox, notes, board areas, vote budget, funnel stages). The total time
// updates as you type; errors show beside their field and saving waits until there are none.
import { useId, useState, type KeyboardEvent } from 'react';
import { ACTIVITY_KINDS, KIND_DEFAULTS, type ActivityKind } from '../../../shared/agenda/kinds';
import { formatMinutes } from '../../../shared/agenda/timer';
import { createActivity } from '../../../shared/agenda/edits';
import { activityDesign, templateMinutes } from '../../../shared/templates/convert';
import { templateSchema, type Template, type TemplateActivity } from '../../../shared/templates/schema';
import { validate } from '../components/fieldErrors';
import { useAppStore } from '../store/appStore';
import { useTemplate } from '../templates/useTemplate';

function FieldError({ message }: { message?: string | undefined }) {
  return message ? <p className="field__error">{message}</p> : null;
}

let counter = 0;
const localId = () => `draft-${++counter}`;

function ActivityEditor(props: {
  activity: TemplateActivity;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange(activity: TemplateActivity): void;
  onMove(direction: -1 | 1): void;
  onRemove(): void;
}) {
  const { activity, index, errors } = props;
  const err = (field: string) => errors[`activities.${index}.${field}`];
  const set = (change: Partial<TemplateActivity>) => props.onChange({ ...activity, ...change });
  const setBoard = (change: Partial<NonNullable<TemplateActivity['board']>>) => set({ board: { ...activity.board!, ...change } });
  const base = `activity-${index}`;
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      props.onMove(event.key === 'ArrowUp' ? -1 : 1);
    }
  };

  return (
    <li className="template-activity" onKeyDown={onKey} aria-label={`Activity ${index + 1}: ${activity.title}`}>
      <div className="template-activity__head">
        <span className="badge">{KIND_DEFAULTS[activity.kind].label}</span>
        <span className="template-activity__controls">
          <button type="button" className="button button--small" disabled={index === 0} aria-label={`Move activity ${index + 1} up`} onClick={() => props.onMove(-1)}>
            ↑
          </button>
          <button type="button" className="button button--small" disabled={index === props.count - 1} aria-label={`Move activity ${index + 1} down`} onClick={() => props.onMove(1)}>
            ↓
          </button>
          <button type="button" className="button button--small button--danger-text" aria-label={`Remove activity ${index + 1}`} onClick={props.onRemove}>
            Remove
          </button>
        </span>
      </div>
      <div className="template-activity__fields">
        <div className="field">
          <label htmlFor={`${base}-title`} className="field__label">
            Title
          </label>
          <input id={`${base}-title`} className="field__input" value={activity.title} aria-invalid={err('title') ? true : undefined} onChange={(e) => set({ title: e.target.value })} />
          <FieldError message={err('title')} />
        </div>
        <div className="field field--narrow">
          <label htmlFor={`${base}-minutes`} className="field__label">
            Minutes
          </label>
          <input
            id={`${base}-minutes`}
            className="field__input"
            inputMode="numeric"
            value={Number.isNaN(activity.minutes) ? '' : String(activity.minutes)}
            aria-invalid={err('minutes') ? true : undefined}
            onChange={(e) => set({ minutes: e.target.value.trim() === '' ? NaN : Number(e.target.value) })}
          />
          <FieldError message={err('minutes')} />
        </div>
        <div className="field field--wide">
          <label htmlFor={`${base}-prompt`} className="field__label">
            Prompt for the room
          </label>
          <textarea id={`${base}-prompt`} className="field__input" rows={2} value={activity.prompt} onChange={(e) => set({ prompt: e.target.value })} />
          <FieldError message={err('prompt')} />
        </div>
        <div className="field field--wide">
          <label htmlFor={`${base}-notes`} className="field__label">
            Facilitator notes
          </label>
          <textarea id={`${base}-notes`} className="field__input" rows={2} value={activity.notes} onChange={(e) => set({ notes: e.target.value })} />
          <FieldError message={err('notes')} />
        </div>
        {activity.board && (
          <div className="field field--wide">
            <span className="field__label">Board areas</span>
            <ol className="template-areas">
              {activity.board.areas.map((area, i) => (
                <li key={i}>
                  <input
                    className="field__input"
                    aria-label={`Activity ${index + 1} area ${i + 1}`}
                    value={area.title}
                    aria-invalid={err(`board.areas.${i}.title`) ? true : undefined}
                    onChange={(e) => setBoard({ areas: activity.board!.areas.map((a, j) => (j === i ? { ...a, title: e.target.value } : a)) })}
                  />
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={`Remove area ${i + 1} of activity ${index + 1}`}
                    onClick={() => setBoard({ areas: activity.board!.areas.filter((_, j) => j !== i) })}
                  >
                    ×
                  </button>
                  <FieldError message={err(`board.areas.${i}.title`)} />
                </li>
              ))}
            </ol>
            <FieldError message={err('board.areas')} />
            <button type="button" className="button button--small" onClick={() => setBoard({ areas: [...activity.board!.areas, { title: 'New area', hint: '' }] })}>
              + Area
            </button>
            <label className="template-activity__budget">
              Votes per person
              <input
                type="number"
                min={1}
                max={20}
                value={activity.board.voteBudget}
                onChange={(e) => setBoard({ voteBudget: Number(e.target.value) })}
              />
            </label>
            <FieldError message={err('board.voteBudget')} />
          </div>
        )}
        {activity.stages && (
          <div className="field field--wide">
            <span className="field__label">Buying stages</span>
            <ol className="template-areas">
              {activity.stages.map((stage, i) => (
                <li key={i}>
                  <input
                    className="field__input"
                    aria-label={`Activity ${index + 1} stage ${i + 1}`}
                    value={stage}
                    onChange={(e) => set({ stages: activity.stages!.map((s, j) => (j === i ? e.target.value : s)) })}
                  />
                  <button type="button" className="button button--small button--quiet" aria-label={`Remove stage ${i + 1}`} onClick={() => set({ stages: activity.stages!.filter((_, j) => j !== i) })}>
                    ×
                  </button>
                  <FieldError message={err(`stages.${i}`)} />
                </li>
              ))}
            </ol>
            <FieldError message={err('stages')} />
            <button type="button" className="button button--small" onClick={() => set({ stages: [...activity.stages!, 'New stage'] })}>
              + Stage
            </button>
          </div>
        )}
      </div>
    </li>
  );
}

function Editor({ initial }: { initial: Template }) {
  const saveTemplate = useAppStore((s) => s.saveTemplate);
  const showTemplates = useAppStore((s) => s.showTemplates);
  const [baseline, setBaseline] = useState<Template>(initial);
  const [draft, setDraft] = useState<Template>(initial);
  const [kind, setKind] = useState<ActivityKind>('free-board');
  const [saving, setSaving] = useState(false);
  const nameId = useId();
  const descriptionId = useId();
  const kindId = useId();
  const validation = validate(templateSchema, draft);
  const errors = 'errors' in validation ? validation.errors : {};
  const dirty = JSON.stringify(draft) !== JSON.stringify(baseline);

  const setActivities = (change: (a: TemplateActivity[]) => TemplateActivity[]) => setDraft((d) => ({ ...d, activities: change(d.activities) }));
  function move(index: number, direction: -1 | 1) {
    const target = index + direction;
    if (target < 0 || target >= draft.activities.length) return;
    setActivities((list) => {
      const next = [...list];
      [next[index], next[target]] = [next[target]!, next[index]!];
      return next;
    });
    requestAnimationFrame(() => document.getElementById(`activity-${target}-title`)?.focus());
  }

  async function save() {
    if (!('data' in validation)) return;
    setSaving(true);
    const result = await saveTemplate(validation.data);
    setSaving(false);
    if (result.ok) {
      setBaseline(result.value);
      setDraft(result.value);
    }
  }

  return (
    <main className="screen template-editor" aria-labelledby="editor-title">
      <button type="button" className="button button--quiet back-link" onClick={showTemplates}>
        ← All templates
      </button>
      <header className="screen__header">
        <div>
          <h1 id="editor-title" className="screen__title">
            Edit template
          </h1>
          <p className="screen__subtitle" aria-live="polite">
            {draft.activities.length} activities · {formatMinutes(templateMinutes({ activities: draft.activities.map((a) => ({ ...a, minutes: Number.isFinite(a.minutes) ? a.minutes : 0 })) }))} in total
          </p>
        </div>
        <div className="screen__header-actions">
          {'errors' in validation && <span className="field__error">Fix the fields marked below to save.</span>}
          <button type="button" className="button" disabled={!dirty} onClick={() => setDraft(baseline)}>
            Discard changes
          </button>
          <button type="button" className="button button--primary" disabled={'errors' in validation || !dirty || saving} onClick={() => void save()}>
            Save template
          </button>
        </div>
      </header>

      <div className="form template-editor__meta">
        <div className="field">
          <label htmlFor={nameId} className="field__label">
            Name
          </label>
          <input id={nameId} className="field__input" value={draft.name} aria-invalid={errors.name ? true : undefined} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          <FieldError message={errors.name} />
        </div>
        <div className="field">
          <label htmlFor={descriptionId} className="field__label">
            Description
          </label>
          <textarea id={descriptionId} className="field__input" rows={2} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
          <FieldError message={errors.description} />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={draft.settings.anonymous} onChange={(e) => setDraft({ ...draft, settings: { ...draft.settings, anonymous: e.target.checked } })} />
          Hide participant names (anonymous display)
        </label>
        <label className="template-editor__paper">
          Paper for the report{' '}
          <select
            value={draft.settings.paperSize ?? ''}
            onChange={(e) => setDraft({ ...draft, settings: { ...draft.settings, paperSize: e.target.value === '' ? null : (e.target.value as 'a4' | 'letter') } })}
          >
            <option value="">App default</option>
            <option value="a4">A4</option>
            <option value="letter">Letter</option>
          </select>
        </label>
      </div>

      <h2 className="section-title">Agenda</h2>
      <p className="muted">Alt+↑/↓ inside an activity moves it.</p>
      <ol className="template-activities">
        {draft.activities.map((activity, index) => (
          <ActivityEditor
            key={index}
            activity={activity}
            index={index}
            count={draft.activities.length}
            errors={errors}
            onChange={(a) => setActivities((list) => list.map((x, i) => (i === index ? a : x)))}
            onMove={(direction) => move(index, direction)}
            onRemove={() => setActivities((list) => list.filter((_, i) => i !== index))}
          />
        ))}
      </ol>
      <div className="toolbar">
        <label htmlFor={kindId}>Add an activity</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as ActivityKind)}>
          {ACTIVITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_DEFAULTS[k].label}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => setActivities((list) => [...list, activityDesign(createActivity(kind, localId))])}>
          Add
        </button>
      </div>
    </main>
  );
}

export function TemplateEditorScreen({ id }: { id: string }) {
  const { template, error } = useTemplate(id);
  if (error) return <p className="banner banner--warning">{error}</p>;
  if (!template) return <p className="muted">Loading…</p>;
  const { builtIn: _builtIn, ...editable } = template;
  return <Editor initial={editable} />;
}
