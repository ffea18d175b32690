// Rename a workshop in place, with the same title rules as creating one.
import { useState, type FormEvent } from 'react';
import type { Result } from '../../../shared/result';
import { TITLE_MAX, workshopDetailsSchema } from '../../../shared/workshop/schema';
import { Dialog } from './Dialog';
import { FormActions } from './FormActions';
import { fieldErrorsOf, validate } from './fieldErrors';
import { TextField } from './TextField';

interface RenameDialogProps {
  title: string;
  /** The field's label ("Title" for workshops, "Name" for templates). */
  label?: string;
  heading?: string;
  onRename(title: string): Promise<Result<unknown>>;
  onClose(): void;
}

const titleSchema = workshopDetailsSchema.pick({ title: true });

export function RenameDialog({ title, label = 'Title', heading = 'Rename workshop', onRename, onClose }: RenameDialogProps) {
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(titleSchema, { title: value });
    if ('errors' in checked) return setError(checked.errors.title);
    const result = await onRename(checked.data.title);
    if (result.ok) onClose();
    else setError(fieldErrorsOf(result.error.issues).title ?? result.error.message);
  }

  return (
    <Dialog title={heading} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={label}
          required
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          maxLength={TITLE_MAX + 50}
          value={value}
          onChange={(v) => {
            setValue(v);
            setError(undefined);
          }}
          error={error}
        />
        <FormActions submitLabel="Rename" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
