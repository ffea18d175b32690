// Entering answers: add participants, type answers into the grid, import a CSV, or hand the
// laptop round. Names can be hidden everywhere for anonymous display.
import { useId, useState, type FormEvent } from 'react';
import { addParticipant } from '../../../shared/diagnostic/edits';
import { DIAGNOSTIC_TEAMS, TEAM_LABELS, type DiagnosticTeam, type ParticipantRole } from '../../../shared/diagnostic/model';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { RoleSelect } from './RoleSelect';
import { useAppStore } from '../store/appStore';
import { AnswerGrid } from './AnswerGrid';
import { CsvImportDialog } from './CsvImportDialog';
import { DiagnosticFiles } from './DiagnosticFiles';
import { PassTheLaptop } from './PassTheLaptop';
import { useAnonymous, useDiagnosticState, useEditDiagnostic } from './useDiagnostic';
import { newItemId } from '../workshop/useWorkshop';

// Adding a participant says who counts as "other"; elsewhere the team's name is enough.
const ADD_TEAM_LABELS: Record<DiagnosticTeam, string> = { ...TEAM_LABELS, other: 'Other (leadership, guests)' };

export function AnswersPanel() {
  const state = useDiagnosticState();
  const anonymous = useAnonymous();
  const edit = useEditDiagnostic();
  const editWorkshop = useAppStore((s) => s.editWorkshop);
  const [team, setTeam] = useState<DiagnosticTeam>('sales');
  const [name, setName] = useState('');
  const [role, setRole] = useState<ParticipantRole | null>(null);
  const [importing, setImporting] = useState(false);
  const [passing, setPassing] = useState(false);
  const teamId = useId();
  const nameId = useId();

  function add(event: FormEvent) {
    event.preventDefault();
    edit((s) => addParticipant(s, { id: newItemId(), name, team, role }));
    setName('');
  }

  // While a participant holds the laptop, nothing of the grid is even in the page.
  if (passing) return <PassTheLaptop onExit={() => setPassing(false)} />;

  return (
    <div className="answers">
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => setPassing(true)}>
          Pass the laptop
        </button>
        <button type="button" className="button" onClick={() => setImporting(true)}>
          Import answers from CSV…
        </button>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={anonymous}
            onChange={(e) => editWorkshop((doc) => ({ ...doc, settings: { ...doc.settings, anonymous: e.target.checked } }))}
          />
          Hide names everywhere (anonymous display)
        </label>
        <DiagnosticFiles />
      </div>

      <form className="add-participant" onSubmit={add} aria-label="Add a participant">
        <div className="field field--inline">
          <label htmlFor={teamId} className="field__label">
            Team
          </label>
          <ChoiceSelect id={teamId} value={team} options={DIAGNOSTIC_TEAMS} labels={ADD_TEAM_LABELS} onChange={setTeam} />
        </div>
        <div className="field field--inline">
          <label htmlFor={nameId} className="field__label">
            Name (optional)
          </label>
          <input id={nameId} className="field__input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </div>
        <RoleSelect value={role} onChange={setRole} inline />
        <button type="submit" className="button">
          Add participant
        </button>
      </form>

      {state.participants.length === 0 ? (
        <p className="empty-note">
          No participants yet. Add them above and type their answers into the grid, import a CSV, or choose{' '}
          <strong>Pass the laptop</strong> so each person answers privately.
        </p>
      ) : (
        <AnswerGrid />
      )}

      {importing && <CsvImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
