// The closing row of a dialog's form: Cancel, then the primary button that submits the form.

interface FormActionsProps {
  submitLabel: string;
  onCancel(): void;
  /** While the submit is under way, so a second click does not send it twice. */
  busy?: boolean;
}

export function FormActions({ submitLabel, onCancel, busy = false }: FormActionsProps) {
  return (
    <div className="form__actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button--primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}
