// Naming a new theme for the selected notes.
import { useState, type FormEvent } from 'react';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { hasVisibleText } from '../../../shared/text/plainText';

export function GroupDialog({ count, suggestion, onGroup, onClose }: { count: number; suggestion: string; onGroup(name: string): void; onClose(): void }) {
  const [name, setName] = useState(suggestion);
  const [error, setError] = useState<string | undefined>();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!hasVisibleText(name)) return setError('A theme needs a name');
    onGroup(name.trim());
    onClose();
  }
  return (
    <Dialog title={count === 1 ? 'Make a theme of this note' : `Group ${count} notes into a theme`} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label="Theme name" required autoFocus onFocus={(e) => e.currentTarget.select()} maxLength={120} value={name} onChange={setName} error={error} />
        <FormActions submitLabel="Group" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
