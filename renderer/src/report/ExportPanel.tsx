// Exports with progress: the PDF action plan (A4 or Letter), the workshop file and CSVs. Before a
// PDF, text no embedded font can draw is listed so nothing disappears unnoticed. Electron saves
// with a native dialog and offers Open / Show in folder; a browser downloads the file.
import { useId, useState } from 'react';
import { describeUncovered, type ExportFormat, type ExportResult, type UncoveredText } from '../../../shared/ipc/exports';
import { leaveNotesToCsv } from '../../../shared/report/notesAppendix';
import { paperSizeSchema } from '../../../shared/settings/schema';
import { countNotes } from '../../../shared/workshop/schema';
import { Dialog } from '../components/Dialog';
import { ExportProgress } from '../components/ExportProgress';
import { useAppStore } from '../store/appStore';
import { download } from './download';

const LABELS: Record<ExportFormat, string> = {
  pdf: 'PDF action plan',
  workshop: 'Workshop file (.baton.json)',
  'notes-csv': 'Notes (CSV)',
  'actions-csv': 'Actions (CSV)',
  'answers-csv': 'Diagnostic answers (CSV)',
};

type Outcome =
  | { kind: 'saved'; path: string; placeholders: UncoveredText[] }
  | { kind: 'downloaded'; fileName: string; placeholders: UncoveredText[] }
  | { kind: 'error'; message: string };

/** How many places a warning lists before it says how many more there are. */
const LISTED = 30;

export function ExportPanel({ workshopId }: { workshopId: string }) {
  const api = useAppStore((s) => s.api);
  const flushSave = useAppStore((s) => s.flushSave);
  // The workshop's own paper size (set from its template or here), else the app's default.
  const paperSize = useAppStore((s) => s.current?.settings.paperSize ?? s.settings.paperSize);
  const editWorkshop = useAppStore((s) => s.editWorkshop);
  const noteCount = useAppStore((s) => (s.current ? countNotes(s.current) : 0));
  // Until the facilitator ticks or unticks it, the box follows the default for the note count.
  const [notesChoice, setNotesChoice] = useState<boolean | undefined>(undefined);
  const notesInCsv = leaveNotesToCsv(noteCount, notesChoice);
  const [running, setRunning] = useState<{ format: ExportFormat } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirm, setConfirm] = useState<{ format: ExportFormat; uncovered: UncoveredText[] } | null>(null);
  const paperId = useId();
  const notesId = useId();

  async function run(format: ExportFormat, allowPlaceholders = false) {
    setOutcome(null);
    setConfirm(null);
    setRunning({ format });
    // The export reads the stored workshop, so pending edits are written first.
    await flushSave();
    const result = await api.exportWorkshop({ id: workshopId, format, paperSize, allowPlaceholders, notesInCsv });
    setRunning(null);
    if (!result.ok) return setOutcome({ kind: 'error', message: result.error.message });
    handle(format, result.value);
  }

  function handle(format: ExportFormat, value: ExportResult) {
    switch (value.status) {
      case 'needs-confirmation':
        return setConfirm({ format, uncovered: value.uncovered });
      case 'download':
        download(value.fileName, value.mime, value.base64);
        return setOutcome({ kind: 'downloaded', fileName: value.fileName, placeholders: value.placeholders });
      case 'saved':
        return setOutcome({ kind: 'saved', path: value.path, placeholders: value.placeholders });
      case 'cancelled':
        return undefined;
    }
  }

  async function reveal(path: string, how: 'open' | 'folder') {
    const result = await api.revealExport({ path, how });
    if (!result.ok) setOutcome({ kind: 'error', message: result.error.message });
  }

  return (
    <div className="export-panel">
      <div className="toolbar">
        <div className="field field--inline">
          <label htmlFor={paperId}>Paper</label>
          <select id={paperId} value={paperSize} onChange={(e) => editWorkshop((doc) => ({ ...doc, settings: { ...doc.settings, paperSize: paperSizeSchema.parse(e.target.value) } }))}>
            <option value="a4">A4</option>
            <option value="letter">Letter</option>
          </select>
        </div>
        <div className="field field--inline">
          <input id={notesId} type="checkbox" checked={notesInCsv} onChange={(e) => setNotesChoice(e.target.checked)} />
          {/* Ticked by default above NOTES_TO_CSV_ABOVE notes; the PDF then says where the notes are. */}
          <label htmlFor={notesId}>Leave the notes appendix to the CSV ({noteCount.toLocaleString()} notes)</label>
        </div>
        {(Object.keys(LABELS) as ExportFormat[]).map((format) => (
          <button
            key={format}
            type="button"
            className={`button${format === 'pdf' ? ' button--primary' : ''}`}
            disabled={running !== null}
            onClick={() => void run(format)}
          >
            Export {LABELS[format]}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite" className="export-panel__status">
        {running && (
          <ExportProgress label={`Exporting ${LABELS[running.format]}`} text={running.format === 'pdf' ? 'Rendering the PDF' : 'Preparing the file'} />
        )}
        {outcome?.kind === 'downloaded' && <p>Downloaded {outcome.fileName}.</p>}
        {outcome?.kind === 'saved' && (
          <p>
            Saved to <code>{outcome.path}</code>{' '}
            <button type="button" className="button button--small" onClick={() => void reveal(outcome.path, 'open')}>
              Open
            </button>{' '}
            <button type="button" className="button button--small" onClick={() => void reveal(outcome.path, 'folder')}>
              Show in folder
            </button>
          </p>
        )}
        {outcome && outcome.kind !== 'error' && outcome.placeholders.length > 0 && (
          <div className="banner banner--warning">
            <p>Printed as a placeholder ({'\uFFFD'}), because no font on this computer has these characters:</p>
            <ul className="uncovered-list">
              {outcome.placeholders.slice(0, LISTED).map((u, i) => (
                <li key={i}>{describeUncovered(u)}</li>
              ))}
            </ul>
            {outcome.placeholders.length > LISTED && <p>…and {outcome.placeholders.length - LISTED} more.</p>}
          </div>
        )}
      </div>
      {outcome?.kind === 'error' && (
        <p className="banner banner--warning" role="alert">
          {outcome.message}
        </p>
      )}
      {confirm && (
        <Dialog
          title="Some text cannot be printed"
          description={'No font in the report or on this computer has these characters. They will print as a placeholder (\uFFFD) so nothing disappears unnoticed.'}
          onClose={() => setConfirm(null)}
        >
          <ul className="uncovered-list">
            {confirm.uncovered.slice(0, LISTED).map((u, i) => (
              <li key={i}>
                <strong>{u.where}</strong>: “{u.text.length > 80 ? `${u.text.slice(0, 80)}…` : u.text}” ({u.characters.join(' ')})
              </li>
            ))}
          </ul>
          {confirm.uncovered.length > LISTED && <p>…and {confirm.uncovered.length - LISTED} more.</p>}
          <div className="form__actions">
            <button type="button" className="button" autoFocus onClick={() => setConfirm(null)}>
              Cancel
            </button>
            <button type="button" className="button button--primary" onClick={() => void run(confirm.format, true)}>
              Export with placeholders
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
