// A text field that edits locally and commits when it loses focus (or on Enter for single lines),
// so typing never touches the workshop document and each edit is one undo step.
import { useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface CommitFieldProps {
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  /** One line of text that wraps onto more lines as it grows instead of scrolling out of sight. */
  wrapping?: boolean;
  label: string;
  className?: string;
  inputProps?: InputHTMLAttributes<HTMLInputElement> & TextareaHTMLAttributes<HTMLTextAreaElement>;
}

export function CommitField({ value, onCommit, multiline = false, wrapping = false, label, className, inputProps }: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  // A change from elsewhere (undo, another field) replaces the draft.
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    'aria-label': label,
    className: `commit-field ${className ?? ''}`,
    value: draft,
    onBlur: commit,
    ...inputProps,
  };
  if (wrapping) {
    return (
      <textarea
        {...common}
        className={`commit-field commit-field--wrapping ${className ?? ''}`}
        rows={1}
        onChange={(e) => setDraft(e.target.value.replace(/\r?\n/g, ' '))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
          if (e.key === 'Escape') setDraft(value);
        }}
      />
    );
  }
  return multiline ? (
    <textarea {...common} rows={inputProps?.rows ?? 3} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <input
      {...common}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}
