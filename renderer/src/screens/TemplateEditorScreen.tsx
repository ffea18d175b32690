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
import { TextAreaField, TextField } from '../components/TextField';
import { useAppStore } from '../store/appStore';
import { useTemplate } from '../templates/useTemplate';

/** An error about a list as a whole (no areas, too many stages), read out when it appears. */
function ListError({ message }: { message?: string | undefined }) {
  return message ? (
    <p className="field__error" role="alert">
      {message}
    </p>
  ) : null;
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
        <TextField id={`${base}-title`} label="Title" value={activity.title} error={err('title')} onChange={(title) => set({ title })} />
        <TextField
          id={`${base}-minutes`}
          label="Minutes"
          className="field--narrow"
          inputMode="numeric"
          size={4}
          value={Number.isNaN(activity.minutes) ? '' : String(activity.minutes)}
          error={err('minutes')}
          onChange={(value) => set({ minutes: value.trim() === '' ? NaN : Number(value) })}
        />
        <TextAreaField label="Prompt for the room" className="field--wide" rows={2} value={activity.prompt} error={err('prompt')} onChange={(prompt) => set({ prompt })} />
        <TextAreaField label="Facilitator notes" className="field--wide" rows={2} value={activity.notes} error={err('notes')} onChange={(notes) => set({ notes })} />
        {activity.board && (
          <div className="field field--wide">
            <span className="field__label">Board areas</span>
            <ol className="template-areas">
              {activity.board.areas.map((area, i) => (
                <li key={i}>
                  <TextField
                    label={`Activity ${index + 1} area ${i + 1}`}
                    hideLabel
                    value={area.title}
                    error={err(`board.areas.${i}.title`)}
                    onChange={(title) => setBoard({ areas: activity.board!.areas.map((a, j) => (j === i ? { ...a, title } : a)) })}
                  />
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={`Remove area ${i + 1} of activity ${index + 1}`}
                    onClick={() => setBoard({ areas: activity.board!.areas.filter((_, j) => j !== i) })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ol>
            <ListError message={err('board.areas')} />
            <button type="button" className="button button--small" onClick={() => setBoard({ areas: [...activity.board!.areas, { title: 'New area', hint: '' }] })}>
              + Area
            </button>
            <TextField
              label="Votes per person"
              className="template-activity__budget"
              type="number"
              min={1}
              max={20}
              value={String(activity.board.voteBudget)}
              error={err('board.voteBudget')}
              onChange={(value) => setBoard({ voteBudget: Number(value) })}
            />
          </div>
        )}
        {activity.stages && (
          <div className="field field--wide">
            <span className="field__label">Buying stages</span>
            <ol className="template-areas">
              {activity.stages.map((stage, i) => (
                <li key={i}>
                  <TextField
                    label={`Activity ${index + 1} stage ${i + 1}`}
                    hideLabel
                    value={stage}
                    error={err(`stages.${i}`)}
                    onChange={(value) => set({ stages: activity.stages!.map((s, j) => (j === i ? value : s)) })}
                  />
                  <button type="button" className="button button--small button--quiet" aria-label={`Remove stage ${i + 1}`} onClick={() => set({ stages: activity.stages!.filter((_, j) => j !== i) })}>
                    ×
                  </button>
                </li>
              ))}
            </ol>
            <ListError message={err('stages')} />
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
        <TextField label="Name" value={draft.name} error={errors.name} onChange={(name) => setDraft({ ...draft, name })} />
        <TextAreaField label="Description" rows={2} value={draft.description} error={errors.description} onChange={(description) => setDraft({ ...draft, description })} />
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
