// Change a participant's name, team or role.
import { useId, useState, type FormEvent } from 'react';
import { DIAGNOSTIC_TEAMS, TEAM_LABELS, type DiagnosticTeam, type ParticipantRole } from '../../../shared/diagnostic/model';
import { RoleSelect } from './RoleSelect';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';

export interface ParticipantChange {
  name: string;
  team: DiagnosticTeam;
  role: ParticipantRole | null;
}

interface ParticipantDialogProps {
  name: string;
  team: DiagnosticTeam;
  role: ParticipantRole | null;
  onSave(change: ParticipantChange): void;
  onClose(): void;
}

export function ParticipantDialog({ name: initialName, team: initialTeam, role: initialRole, onSave, onClose }: ParticipantDialogProps) {
  const [name, setName] = useState(initialName);
  const [team, setTeam] = useState(initialTeam);
  const [role, setRole] = useState(initialRole);
  const teamId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave({ name: name.trim(), team, role });
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
          <ChoiceSelect id={teamId} value={team} options={DIAGNOSTIC_TEAMS} labels={TEAM_LABELS} onChange={setTeam} />
        </div>
        <RoleSelect value={role} onChange={setRole} />
        <FormActions submitLabel="Save" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
