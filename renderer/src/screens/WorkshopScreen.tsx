// A workshop's page: its title, client, date and facilitator. Agenda, boards, diagnostic and action
// plan are added by later capabilities.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDay } from '../../../shared/format/dates';
import { WorkshopDetailsDialog } from '../components/WorkshopDetailsDialog';
import { useAppStore } from '../store/appStore';

export function WorkshopScreen() {
  const { current, currentError, goHome, updateDetails } = useAppStore(
    useShallow((s) => ({
      current: s.current,
      currentError: s.currentError,
      goHome: s.goHome,
      updateDetails: s.updateWorkshopDetails,
    })),
  );
  const [editing, setEditing] = useState(false);

  const back = (
    <button type="button" className="button button--quiet back-link" onClick={goHome}>
      ← All workshops <kbd>H</kbd>
    </button>
  );

  if (currentError) {
    return (
      <main className="screen" aria-labelledby="workshop-error">
        {back}
        <h1 id="workshop-error" className="screen__title">
          This workshop could not be opened
        </h1>
        <p className="banner banner--warning">{currentError}</p>
      </main>
    );
  }
  if (!current) {
    return (
      <main className="screen" aria-busy="true" aria-label="Opening workshop">
        {back}
        <p className="muted">Opening…</p>
      </main>
    );
  }

  return (
    <main className="screen workshop" aria-labelledby="workshop-title">
      {back}
      <header className="screen__header">
        <div>
          <h1 id="workshop-title" className="screen__title">
            {current.title}
          </h1>
          <dl className="details">
            <div>
              <dt>Client</dt>
              <dd>{current.client || '—'}</dd>
            </div>
            <div>
              <dt>Date</dt>
              <dd>{formatDay(current.date) || '—'}</dd>
            </div>
            <div>
              <dt>Facilitator</dt>
              <dd>{current.facilitator || '—'}</dd>
            </div>
          </dl>
        </div>
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Edit details
        </button>
      </header>
      <section className="placeholder" aria-labelledby="agenda-title">
        <h2 id="agenda-title">Agenda</h2>
        <p>
          The agenda, sticky-note boards, diagnostic and action plan of this workshop will appear here.
        </p>
      </section>
      {editing && (
        <WorkshopDetailsDialog
          mode="edit"
          initial={{ title: current.title, client: current.client, date: current.date, facilitator: current.facilitator }}
          onSubmit={(details) => updateDetails(current.id, details)}
          onDone={() => setEditing(false)}
          onClose={() => setEditing(false)}
        />
      )}
    </main>
  );
}
