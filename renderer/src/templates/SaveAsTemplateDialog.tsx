// Saving the open workshop's design as a template: its agenda and settings, none of its content.
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { fieldErrorsOf } from '../components/fieldErrors';
import { TextField } from '../components/TextField';
import { useAppStore } from '../store/appStore';
import { hasVisibleText } from '../../../shared/text/plainText';

export function SaveAsTemplateDialog({ defaultName, onClose }: { defaultName: string; onClose(): void }) {
  const save = useAppStore((s) => s.saveWorkshopAsTemplate);
  const [name, setName] = useState(defaultName);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | undefined>();
  const descriptionId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!hasVisibleText(name)) return setError('A template needs a name');
    const result = await save(name.trim(), description.trim());
    if (result.ok) onClose();
    else setError(fieldErrorsOf(result.error.issues).name ?? result.error.message);
  }

  return (
    <Dialog
      title="Save as template"
      description="The template keeps this workshop's agenda, prompts, timeboxes, notes for the facilitator, board areas and settings. Notes, answers, participants and actions stay in the workshop."
      onClose={onClose}
    >
      <form className="form" onSubmit={submit} noValidate>
        <TextField label="Template name" required autoFocus maxLength={120} value={name} onChange={(v) => (setName(v), setError(undefined))} error={error} />
        <div className="field">
          <label htmlFor={descriptionId} className="field__label">
            Description (optional)
          </label>
          <textarea id={descriptionId} className="field__input" rows={3} maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <FormActions submitLabel="Save template" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
