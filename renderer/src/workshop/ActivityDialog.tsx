// Editing an activity: title, prompt for the room, timebox in minutes and private facilitator notes.
import { useId, useState, type FormEvent } from 'react';
import { activitySchema, type Activity } from '../../../shared/agenda/schema';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { validate, type FieldErrors } from '../components/fieldErrors';
import { TextField } from '../components/TextField';

const editable = activitySchema.pick({ title: true, prompt: true, minutes: true, notes: true });

interface ActivityDialogProps {
  activity: Activity;
  onSave(change: Pick<Activity, 'title' | 'prompt' | 'minutes' | 'notes'>): void;
  onClose(): void;
}

export function ActivityDialog({ activity, onSave, onClose }: ActivityDialogProps) {
  const [values, setValues] = useState({ title: activity.title, prompt: activity.prompt, minutes: String(activity.minutes), notes: activity.notes });
  const [errors, setErrors] = useState<FieldErrors>({});
  const promptId = useId();
  const notesId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(editable, { ...values, minutes: values.minutes.trim() === '' ? NaN : Number(values.minutes) });
    if ('errors' in checked) return setErrors(checked.errors);
    onSave(checked.data);
    onClose();
  }

  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  return (
    <Dialog title="Edit activity" onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label="Title" required autoFocus value={values.title} onChange={set('title')} error={errors.title} />
        <div className={`field${errors.prompt ? ' field--invalid' : ''}`}>
          <label htmlFor={promptId} className="field__label">
            Prompt for the room
          </label>
          <textarea id={promptId} className="field__input" rows={3} value={values.prompt} onChange={(e) => set('prompt')(e.target.value)} />
          {errors.prompt && <p className="field__error">{errors.prompt}</p>}
        </div>
        <TextField label="Timebox (minutes)" inputMode="numeric" value={values.minutes} onChange={set('minutes')} error={errors.minutes} />
        <div className={`field${errors.notes ? ' field--invalid' : ''}`}>
          <label htmlFor={notesId} className="field__label">
            Facilitator notes (never shown to the room)
          </label>
          <textarea id={notesId} className="field__input" rows={4} value={values.notes} onChange={(e) => set('notes')(e.target.value)} />
          {errors.notes && <p className="field__error">{errors.notes}</p>}
        </div>
        <FormActions submitLabel="Save activity" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
