// A labelled text input or text area with its hint and inline error, wired for screen readers
// (aria-invalid, aria-describedby naming the hint and the error).
import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';

interface FieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  /** The label is read by screen readers but not shown (a row of inputs under one heading). */
  hideLabel?: boolean;
  /** Extra classes for the field's box, e.g. "field--wide". */
  className?: string;
  /** The control's id, when something else must find it (focus after a move). */
  id?: string;
}

interface ControlAttributes {
  id: string;
  className: string;
  value: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  'aria-required'?: true;
}

/** The label, hint and error around a control, with the ids that tie them together. */
function Field({ label, error, hint, required, hideLabel, className, id: givenId, value, children }: FieldProps & { children(attributes: ControlAttributes): ReactNode }) {
  const generated = useId();
  const id = givenId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
        {required && <span className="field__required"> (required)</span>}
      </label>
      {children({
        id,
        className: 'field__input',
        value,
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(required ? { 'aria-required': true as const } : {}),
      })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, keyof FieldProps>;

export function TextField({ label, value, onChange, error, hint, required, hideLabel, className, id, ...input }: InputProps) {
  return (
    <Field {...{ label, value, onChange, error, hint, required, hideLabel, className, id }}>
      {(attributes) => <input {...input} {...attributes} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

type AreaProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, keyof FieldProps>;

export function TextAreaField({ label, value, onChange, error, hint, required, hideLabel, className, id, ...textarea }: AreaProps) {
  return (
    <Field {...{ label, value, onChange, error, hint, required, hideLabel, className, id }}>
      {(attributes) => <textarea {...textarea} {...attributes} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
