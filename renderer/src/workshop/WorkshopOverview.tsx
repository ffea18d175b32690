// The workshop's own page: its details, the agenda at a glance (or how to start one), and the
// diagnostic when the agenda has no diagnostic activity.
import { useState } from 'react';
import { KIND_DEFAULTS } from '../../../shared/agenda/kinds';
import { standardAgenda } from '../../../shared/agenda/standardAgenda';
import { formatMinutes } from '../../../shared/agenda/timer';
import { formatDay } from '../../../shared/format/dates';
import { ok } from '../../../shared/result';
import { workshopDetailsSchema, type WorkshopDocument } from '../../../shared/workshop/schema';
import { WorkshopDetailsDialog } from '../components/WorkshopDetailsDialog';
import { ActionPlanView } from '../actions/ActionPlanView';
import { DiagnosticView } from '../diagnostic/DiagnosticView';
import { EarlierWorkshopDetail } from '../earlier/EarlierLinkControls';
import { useAppStore } from '../store/appStore';
import { SaveAsTemplateDialog } from '../templates/SaveAsTemplateDialog';
import { RecheckDialog } from '../recheck/RecheckDialog';
import { AddActivityDialog } from './AddActivityDialog';
import { BackupsDialog } from './BackupsDialog';
import { newItemId, useEditAgenda } from './useWorkshop';

export function WorkshopOverview({ doc }: { doc: WorkshopDocument }) {
  const editWorkshop = useAppStore((s) => s.editWorkshop);
  const selectActivity = useAppStore((s) => s.selectActivity);
  const editAgenda = useEditAgenda();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [rechecking, setRechecking] = useState(false);
  const openWorkshop = useAppStore((s) => s.openWorkshop);
  const planned = doc.agenda.reduce((sum, a) => sum + a.minutes, 0);
  const hasDiagnostic = doc.agenda.some((a) => a.kind === 'diagnostic');
  const hasActionPlanning = doc.agenda.some((a) => a.kind === 'action-planning');

  return (
    <div className="overview">
      <section aria-labelledby="details-title" className="overview__details">
        <h2 id="details-title" className="visually-hidden">
          Details
        </h2>
        <dl className="details">
          <div>
            <dt>Client</dt>
            <dd>{doc.client || '—'}</dd>
          </div>
          <div>
            <dt>Date</dt>
            <dd>{formatDay(doc.date) || '—'}</dd>
          </div>
          <div>
            <dt>Facilitator</dt>
            <dd>{doc.facilitator || '—'}</dd>
          </div>
          <EarlierWorkshopDetail />
        </dl>
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Edit details
        </button>
        <button type="button" className="button" onClick={() => setSavingTemplate(true)}>
          Save as template…
        </button>
        <button type="button" className="button" onClick={() => setRestoring(true)}>
          Restore an earlier version…
        </button>
        <button type="button" className="button" onClick={() => setRechecking(true)}>
          Start a re-check…
        </button>
      </section>

      <section aria-labelledby="agenda-title" className="overview__agenda">
        <h2 id="agenda-title" className="section-title">
          Agenda {doc.agenda.length > 0 && <span className="muted">· {formatMinutes(planned)}</span>}
        </h2>
        {doc.agenda.length === 0 ? (
          <div className="empty-state">
            <p>This workshop has no agenda yet. Start from the standard full-day alignment workshop, or add activities one by one.</p>
            <div className="toolbar">
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  const agenda = standardAgenda(newItemId);
                  editAgenda(() => agenda);
                  selectActivity(agenda[0]!.id);
                }}
              >
                Use the standard full-day agenda
              </button>
              <button type="button" className="button" onClick={() => setAdding(true)}>
                Add an activity
              </button>
            </div>
          </div>
        ) : (
          <ol className="overview__agenda-list">
            {doc.agenda.map((a) => (
              <li key={a.id}>
                <button type="button" className="link-button" onClick={() => selectActivity(a.id)}>
                  {a.title}
                </button>{' '}
                <span className="muted">
                  {KIND_DEFAULTS[a.kind].label} · {a.minutes} min{a.status === 'done' ? ' · done' : ''}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      {!hasDiagnostic && <DiagnosticView />}
      {!hasActionPlanning && <ActionPlanView />}

      {editing && (
        <WorkshopDetailsDialog
          mode="edit"
          initial={{ title: doc.title, client: doc.client, date: doc.date, facilitator: doc.facilitator }}
          onSubmit={async (details) => {
            const checked = workshopDetailsSchema.parse(details);
            editWorkshop((d) => ({ ...d, ...checked }));
            return ok(doc);
          }}
          onDone={() => setEditing(false)}
          onClose={() => setEditing(false)}
        />
      )}
      {adding && <AddActivityDialog afterId={null} onClose={() => setAdding(false)} />}
      {rechecking && <RecheckDialog workshop={doc} onDone={(next) => void openWorkshop(next.id)} onClose={() => setRechecking(false)} />}
      {restoring && <BackupsDialog workshopId={doc.id} onClose={() => setRestoring(false)} />}
      {savingTemplate && <SaveAsTemplateDialog defaultName={`${doc.title} (design)`.slice(0, 120)} onClose={() => setSavingTemplate(false)} />}
    </div>
  );
}
