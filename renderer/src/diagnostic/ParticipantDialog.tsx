// Change a participant's name or team.
import { useId, useState, type FormEvent } from 'react';
import { DIAGNOSTIC_TEAMS, TEAM_LABELS, type DiagnosticTeam } from '../../../shared/diagnostic/model';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';

interface ParticipantDialogProps {
  name: string;
  team: DiagnosticTeam;
  onSave(change: { name: string; team: DiagnosticTeam }): void;
  onClose(): void;
}

export function ParticipantDialog({ name: initialName, team: initialTeam, onSave, onClose }: ParticipantDialogProps) {
  const [name, setName] = useState(initialName);
  const [team, setTeam] = useState(initialTeam);
  const teamId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave({ name: name.trim(), team });
    onClose();
  }

  return (
    <Dialog title="Edit participant" onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <TextField label="Name (optional)" autoFocus value={name} onChange={setName} maxLength={120} />
        <div className="field">
          <label htmlFor={teamId} className="field__label">
            Team
          </label>
          <select id={teamId} value={team} onChange={(e) => setTeam(e.target.value as DiagnosticTeam)}>
            {DIAGNOSTIC_TEAMS.map((t) => (
              <option key={t} value={t}>
                {TEAM_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <FormActions submitLabel="Save" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
