// Start a re-check of a workshop: a new workshop with its design and client details, linked back
// to it, and none of its content. The title and date are suggested and can be changed.
import { useState, type FormEvent } from 'react';
import { todayIso } from '../../../shared/format/dates';
import { TITLE_MAX, workshopDetailsSchema, type WorkshopDocument, type WorkshopSummary } from '../../../shared/workshop/schema';
import { recheckTitle } from '../../../shared/workshop/recheck';
import { Dialog } from '../components/Dialog';
import { fieldErrorsOf, validate, type FieldErrors } from '../components/fieldErrors';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { useAppStore } from '../store/appStore';

const detailsSchema = workshopDetailsSchema.pick({ title: true, date: true });

interface RecheckDialogProps {
  workshop: Pick<WorkshopSummary, 'id' | 'title' | 'client'>;
  onDone(doc: WorkshopDocument): void;
  onClose(): void;
}

export function RecheckDialog({ workshop, onDone, onClose }: RecheckDialogProps) {
  const startRecheck = useAppStore((s) => s.startRecheck);
  const taken = useAppStore((s) => s.workshops).map((w) => w.title);
  const [date, setDate] = useState(todayIso());
  const [title, setTitle] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Until the facilitator types a title of their own, it follows the date.
  const shownTitle = title ?? recheckTitle(workshop, date, taken);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(detailsSchema, { title: shownTitle, date });
    if ('errors' in checked) return setErrors(checked.errors);
    setBusy(true);
    const result = await startRecheck(workshop.id, { title: checked.data.title, date: checked.data.date });
    setBusy(false);
    if (result.ok) return onDone(result.value);
    const fromMain = fieldErrorsOf(result.error.issues);
    setErrors(fromMain);
    if (Object.keys(fromMain).length === 0) setFormError(result.error.message);
  }

  return (
    <Dialog title={`Start a re-check of “${workshop.title}”`} description="A new workshop that follows up this one, for re-running the diagnostic and reviewing the plan." onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="recheck-summary">
          <p>
            <strong>Copied:</strong> the agenda (activities, prompts, timeboxes, your private notes, board areas), the settings,
            the client and the facilitator.
          </p>
          <p>
            <strong>Left out:</strong> sticky notes, votes, diagnostic answers and participants, actions, commitments, timers.
          </p>
          <p>
            The last plan’s actions come into a <strong>Review of the last plan</strong> activity, to mark done, in progress,
            dropped or carried over.
          </p>
        </div>
        <TextField
          label="Title"
          required
          autoFocus
          maxLength={TITLE_MAX + 50}
          value={shownTitle}
          onChange={(v) => {
            setTitle(v);
            setErrors((e) => ({ ...e, title: '' }));
          }}
          error={errors.title}
        />
        <TextField
          label="Date"
          type="date"
          value={date}
          onChange={(v) => {
            setDate(v);
            setErrors((e) => ({ ...e, date: '' }));
          }}
          error={errors.date}
        />
        {formError && (
          <p className="form__error" role="alert">
            {formError}
          </p>
        )}
        <FormActions submitLabel="Start re-check" onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}
