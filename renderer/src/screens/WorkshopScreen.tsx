// A workshop's page: its details, the autosave state, and its sections (overview, diagnostic).
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDay } from '../../../shared/format/dates';
import { SaveIndicator } from '../components/SaveIndicator';
import { WorkshopDetailsDialog } from '../components/WorkshopDetailsDialog';
import { DiagnosticView } from '../diagnostic/DiagnosticView';
import { useAppStore } from '../store/appStore';
import { ok } from '../../../shared/result';
import { workshopDetailsSchema } from '../../../shared/workshop/schema';
import type { WorkshopSection } from '../store/navigationSlice';

const sections: { id: WorkshopSection; label: string }[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'diagnostic', label: 'Diagnostic' },
];

export function WorkshopScreen() {
  const { current, currentError, goHome, editWorkshop, section, showSection } = useAppStore(
    useShallow((s) => ({
      current: s.current,
      currentError: s.currentError,
      goHome: s.goHome,
      editWorkshop: s.editWorkshop,
      section: s.workshopSection,
      showSection: s.showWorkshopSection,
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
    <div className="workshop-layout">
      <nav className="workshop-nav" aria-label="Workshop sections">
        {back}
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="workshop-nav__item"
                aria-current={section === s.id ? 'page' : undefined}
                onClick={() => showSection(s.id)}
              >
                {s.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="screen screen--wide workshop" aria-labelledby="workshop-title">
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
          <div className="screen__header-actions">
            <SaveIndicator />
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit details
            </button>
          </div>
        </header>
        {section === 'overview' && (
          <section className="placeholder" aria-labelledby="agenda-title">
            <h2 id="agenda-title">Agenda</h2>
            <p>The agenda and sticky-note boards of this workshop will appear here. The diagnostic is ready: open it from the side bar.</p>
          </section>
        )}
        {section === 'diagnostic' && <DiagnosticView />}
      </main>
      {editing && (
        <WorkshopDetailsDialog
          mode="edit"
          initial={{ title: current.title, client: current.client, date: current.date, facilitator: current.facilitator }}
          onSubmit={async (details) => {
            const checked = workshopDetailsSchema.parse(details);
            editWorkshop((doc) => ({ ...doc, ...checked }));
            return ok(current);
          }}
          onDone={() => setEditing(false)}
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  );
}
