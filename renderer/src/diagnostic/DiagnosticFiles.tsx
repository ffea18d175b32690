// The diagnostic's files: the blank questionnaire kit (PDF and CSV template, for answers collected
// before the day) and the answers as CSV in the import's layout. Electron saves into a chosen
// folder or file; a browser downloads. Progress while it runs, then one clear result line.
import { useState } from 'react';
import type { KitExportResult } from '../../../shared/ipc/exports';
import { useAppStore } from '../store/appStore';
import { download } from '../report/download';
import { ExportProgress } from '../components/ExportProgress';
import { useAnonymous, useDiagnosticState } from './useDiagnostic';

type Job = 'kit' | 'answers';

type Outcome = { kind: 'done'; text: string; reveal?: string } | { kind: 'error'; text: string };

const PROGRESS: Record<Job, string> = { kit: 'Making the questionnaire kit', answers: 'Preparing the answers CSV' };

const paperLabel = (paper: string) => (paper === 'a4' ? 'A4' : 'Letter');

function kitOutcome(result: KitExportResult, paper: string): Outcome | null {
  switch (result.status) {
    case 'cancelled':
      return null;
    case 'download':
      for (const f of result.files) download(f.fileName, f.mime, f.base64);
      return { kind: 'done', text: `Downloaded ${result.files.map((f) => f.fileName).join(' and ')} (questionnaire on ${paperLabel(paper)}).` };
    case 'saved':
      return { kind: 'done', text: `Saved the questionnaire (${paperLabel(paper)}) and the CSV template in ${result.folder}.`, reveal: result.paths[0]! };
  }
}

/** Buttons for a toolbar; the result line takes a row of its own under them. */
export function DiagnosticFiles() {
  const api = useAppStore((s) => s.api);
  const workshopId = useAppStore((s) => s.current?.id);
  const flushSave = useAppStore((s) => s.flushSave);
  const paperSize = useAppStore((s) => s.current?.settings.paperSize ?? s.settings.paperSize);
  const anonymous = useAnonymous();
  const participants = useDiagnosticState().participants.length;
  const [running, setRunning] = useState<Job | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function run(job: Job) {
    if (!workshopId) return;
    setOutcome(null);
    setRunning(job);
    try {
      if (job === 'kit') {
        const result = await api.exportKit({ paperSize });
        setOutcome(result.ok ? kitOutcome(result.value, paperSize) : { kind: 'error', text: result.error.message });
        return;
      }
      // The export reads the stored workshop, so pending edits are written first.
      await flushSave();
      const result = await api.exportWorkshop({ id: workshopId, format: 'answers-csv', paperSize });
      if (!result.ok) return setOutcome({ kind: 'error', text: result.error.message });
      const value = result.value;
      const what = `${participants} participant${participants === 1 ? '' : 's'}${anonymous ? ', without names: this workshop hides names' : ''}`;
      if (value.status === 'download') {
        download(value.fileName, value.mime, value.base64);
        setOutcome({ kind: 'done', text: `Downloaded ${value.fileName} (${what}).` });
      } else if (value.status === 'saved') {
        setOutcome({ kind: 'done', text: `Saved ${value.path} (${what}).`, reveal: value.path });
      }
    } finally {
      setRunning(null);
    }
  }

  async function reveal(path: string) {
    const result = await api.revealExport({ path, how: 'folder' });
    if (!result.ok) setOutcome({ kind: 'error', text: result.error.message });
  }

  return (
    <>
      <button type="button" className="button" disabled={running !== null} onClick={() => void run('kit')}>
        Save blank questionnaire kit
      </button>
      <button type="button" className="button" disabled={running !== null || participants === 0} onClick={() => void run('answers')}>
        Export answers (CSV)
      </button>
      <div role="status" aria-live="polite" className="diagnostic-files__status">
        {running && <ExportProgress label={PROGRESS[running]} text={PROGRESS[running]} />}
        {outcome?.kind === 'done' && (
          <p>
            {outcome.text}{' '}
            {outcome.reveal && (
              <button type="button" className="button button--small" onClick={() => void reveal(outcome.reveal!)}>
                Show in folder
              </button>
            )}
          </p>
        )}
      </div>
      {outcome?.kind === 'error' && (
        <p className="banner banner--warning diagnostic-files__status" role="alert">
          {outcome.text}
        </p>
      )}
    </>
  );
}
