// Importing answers from a CSV (participant,team,role,s1…s20; role optional): pick a file, see a preview or every
// problem with its line and column, then import all rows or none.
import { useId, useState } from 'react';
import { parseAnswersCsv, type AnswersCsvResult } from '../../../shared/diagnostic/csvImport';
import { addParticipant } from '../../../shared/diagnostic/edits';
import { ROLE_LABELS, TEAM_LABELS } from '../../../shared/diagnostic/model';
import { scoreAnswers } from '../../../shared/diagnostic/score';
import { Dialog } from '../components/Dialog';
import { useEditDiagnostic } from './useDiagnostic';
import { newItemId } from '../workshop/useWorkshop';
import { Table } from '../components/Table';
import { decodeTextFile } from '../../../shared/text/decodeTextFile';

export const MAX_CSV_BYTES = 2 * 1024 * 1024;

export function CsvImportDialog({ onClose }: { onClose(): void }) {
  const edit = useEditDiagnostic();
  const inputId = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const [parsed, setParsed] = useState<AnswersCsvResult | null>(null);

  async function choose(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_CSV_BYTES) {
      setParsed({ ok: false, errors: [`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; answer files can be at most 2 MB.`] });
      return;
    }
    const text = decodeTextFile(new Uint8Array(await file.arrayBuffer()), file.name);
    setParsed(text.ok ? parseAnswersCsv(text.value) : { ok: false, errors: [text.error.message] });
  }

  function importRows() {
    if (!parsed?.ok) return;
    const rows = parsed.rows;
    edit((state) =>
      rows.reduce((s, row) => addParticipant(s, { id: newItemId(), name: row.participant, team: row.team, role: row.role, answers: row.answers }), state),
    );
    onClose();
  }

  return (
    <Dialog
      title="Import answers from CSV"
      description="The file needs the header participant,team,role,s1,…,s20 (commas or semicolons; the role column, head or staff, may be left out). Blank cells are skipped. Nothing is imported unless every row is valid."
      onClose={onClose}
    >
      <div className="form">
        <div className="field">
          <label htmlFor={inputId} className="field__label">
            CSV file
          </label>
          <input id={inputId} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void choose(e.target.files?.[0])} />
        </div>

        {parsed && !parsed.ok && (
          <div className="banner banner--warning" role="alert">
            <p>
              {fileName} cannot be imported: {parsed.errors.length === 1 ? 'one problem' : `${parsed.errors.length} problems`}. Nothing was
              changed.
            </p>
            <ul className="error-list">
              {parsed.errors.slice(0, 50).map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
            {parsed.errors.length > 50 && <p>…and {parsed.errors.length - 50} more.</p>}
          </div>
        )}

        {parsed?.ok && (
          <div className="csv-preview">
            <p>
              Ready to add <strong>{parsed.rows.length}</strong> participant{parsed.rows.length === 1 ? '' : 's'} from {fileName}:
            </p>
            <Table scroll caption="Participants in the file" columns={['Line', 'Participant', 'Team', 'Role', 'Answered', 'Total']}>
              {parsed.rows.map((row) => {
                const score = scoreAnswers(row.answers);
                return (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>{row.participant || '—'}</td>
                    <td>{TEAM_LABELS[row.team]}</td>
                    <td>{row.role ? ROLE_LABELS[row.role] : '—'}</td>
                    <td>{score.answered}/20</td>
                    <td>{score.total ?? 'incomplete'}</td>
                  </tr>
                );
              })}
            </Table>
          </div>
        )}

        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={!parsed?.ok} onClick={importRows}>
            Import {parsed?.ok ? `${parsed.rows.length} participant${parsed.rows.length === 1 ? '' : 's'}` : ''}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
