// A participant's role in their team, labelled, unset by default ("Not recorded").
import { useId } from 'react';
import { PARTICIPANT_ROLES, ROLE_LABELS, type ParticipantRole } from '../../../shared/diagnostic/model';

const UNSET = '';

export function RoleSelect({ value, onChange, inline = false }: { value: ParticipantRole | null; onChange(role: ParticipantRole | null): void; inline?: boolean }) {
  const id = useId();
  return (
    <div className={inline ? 'field field--inline' : 'field'}>
      <label htmlFor={id} className="field__label">
        Role (optional)
      </label>
      <select id={id} value={value ?? UNSET} onChange={(e) => onChange(e.target.value === UNSET ? null : (e.target.value as ParticipantRole))}>
        <option value={UNSET}>Not recorded</option>
        {PARTICIPANT_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
    </div>
  );
}
