// Create a workshop, or edit an existing one's details: title (required), client, date, facilitator.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Result } from '../../../shared/result';
import {
  TITLE_MAX,
  workshopDetailsSchema,
  type WorkshopDetailsInput,
  type WorkshopDocument,
} from '../../../shared/workshop/schema';
import { Dialog } from './Dialog';
import { fieldErrorsOf, validate, type FieldErrors } from './fieldErrors';
import { FormActions } from './FormActions';
import { TemplatePicker } from '../templates/TemplatePicker';
import { TextField } from './TextField';

interface WorkshopDetailsDialogProps {
  mode: 'create' | 'edit';
  initial?: WorkshopDetailsInput;
  /** When creating: the template chosen at first (null for blank). */
  initialTemplateId?: string | null;
  onSubmit(details: WorkshopDetailsInput & { templateId?: string }): Promise<Result<WorkshopDocument>>;
  onDone(doc: WorkshopDocument): void;
  onClose(): void;
}

const empty: Required<WorkshopDetailsInput> = { title: '', client: '', date: '', facilitator: '' };

export function WorkshopDetailsDialog({ mode, initial, initialTemplateId = null, onSubmit, onDone, onClose }: WorkshopDetailsDialogProps) {
  const [values, setValues] = useState<Required<WorkshopDetailsInput>>({ ...empty, ...initial });
  const [templateId, setTemplateId] = useState<string | null>(initialTemplateId);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);

  // After a failed submit, focus goes to the first field that needs fixing.
  useEffect(() => {
    if (failedSubmits > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failedSubmits]);

  const set = (field: keyof WorkshopDetailsInput) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: '' }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(workshopDetailsSchema, values);
    if ('errors' in checked) {
      setErrors(checked.errors);
      setFailedSubmits((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await onSubmit(templateId ? { ...checked.data, templateId } : checked.data);
    setBusy(false);
    if (result.ok) onDone(result.value);
    else {
      const fromMain = fieldErrorsOf(result.error.issues, mode === 'edit' ? 'details.' : '');
      setErrors(fromMain);
      setFailedSubmits((n) => n + 1);
      if (Object.keys(fromMain).length === 0) setFormError(result.error.message);
    }
  }

  return (
    <Dialog
      title={mode === 'create' ? 'New workshop' : 'Workshop details'}
      description={mode === 'create' ? 'Only the title is needed now; everything else can be filled in later.' : undefined}
      onClose={onClose}
    >
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <TextField
          label="Title"
          required
          autoFocus
          maxLength={TITLE_MAX + 50}
          value={values.title}
          onChange={set('title')}
          error={errors.title}
          hint={`Up to ${TITLE_MAX} characters, e.g. “Northwind sales & marketing alignment”.`}
        />
        <TextField label="Client" value={values.client} onChange={set('client')} error={errors.client} />
        <TextField label="Date" type="date" value={values.date} onChange={set('date')} error={errors.date} />
        <TextField label="Facilitator" value={values.facilitator} onChange={set('facilitator')} error={errors.facilitator} />
        {mode === 'create' && <TemplatePicker value={templateId} onChange={setTemplateId} />}
        {formError && (
          <p className="form__error" role="alert">
            {formError}
          </p>
        )}
        <FormActions submitLabel={mode === 'create' ? 'Create workshop' : 'Save details'} onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}
