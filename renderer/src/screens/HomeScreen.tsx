// The home screen: every workshop, newest change first, found by title or client, with create,
// open, rename, re-check, duplicate and delete. Keyboard: N new workshop; on a workshop, Enter
// opens, F2 renames, Ctrl/Cmd+D duplicates, Delete deletes (after confirming), ↑/↓ move between workshops.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDay, formatSince } from '../../../shared/format/dates';
import type { WorkshopSummary } from '../../../shared/workshop/schema';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { RenameDialog } from '../components/RenameDialog';
import { WorkshopDetailsDialog } from '../components/WorkshopDetailsDialog';
import { useAppStore } from '../store/appStore';
import { filterWorkshops, type WorkshopFilter } from '../../../shared/workshop/clients';
import { RecheckDialog } from '../recheck/RecheckDialog';
import { WorkshopFilters } from './WorkshopFilters';

type Pending = { kind: 'rename' | 'delete' | 'recheck'; workshop: WorkshopSummary };

export function HomeScreen() {
  const { workshops, listStatus, problems, creating, initialTemplateId } = useAppStore(
    useShallow((s) => ({
      workshops: s.workshops,
      listStatus: s.listStatus,
      problems: s.problems,
      creating: s.creatingWorkshop,
      initialTemplateId: s.newWorkshopTemplateId,
    })),
  );
  const actions = useAppStore(
    useShallow((s) => ({
      createWorkshop: s.createWorkshop,
      renameWorkshop: s.renameWorkshop,
      duplicateWorkshop: s.duplicateWorkshop,
      deleteWorkshop: s.deleteWorkshop,
      openWorkshop: s.openWorkshop,
      setCreating: s.setCreatingWorkshop,
      importWorkshopFile: s.importWorkshopFile,
      showTemplates: s.showTemplates,
      openExample: s.openExample,
      restoreFromBackup: s.restoreFromBackup,
    })),
  );
  const [pending, setPending] = useState<Pending | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [filter, setFilter] = useState<WorkshopFilter>({ query: '', client: null });
  const shown = useMemo(() => filterWorkshops(workshops, filter), [workshops, filter]);
  const now = new Date();

  function onRowKeyDown(event: KeyboardEvent<HTMLLIElement>, workshop: WorkshopSummary, index: number) {
    if (event.target !== event.currentTarget.querySelector('.workshop-card__open')) return;
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === 'F2') setPending({ kind: 'rename', workshop });
    else if (event.key === 'Delete') setPending({ kind: 'delete', workshop });
    else if (mod && event.key.toLowerCase() === 'd') void actions.duplicateWorkshop(workshop.id);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.workshop-card__open');
      buttons?.[index + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    } else return;
    event.preventDefault();
  }

  return (
    <main className="screen home" aria-labelledby="home-title">
      <header className="screen__header">
        <div>
          <h1 id="home-title" className="screen__title">
            Workshops
          </h1>
          <p className="screen__subtitle">Align sales and marketing, one room at a time.</p>
        </div>
        <div className="screen__header-actions">
          <button type="button" className="button" onClick={actions.showTemplates}>
            Templates
          </button>
          <label className="button file-button">
            Import workshop…
            <input
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) setImportError(await actions.importWorkshopFile(file));
              }}
            />
          </label>
          <button type="button" className="button button--primary button--large" onClick={() => actions.setCreating(true)}>
            New workshop <kbd>N</kbd>
          </button>
        </div>
      </header>

      {importError && (
        <p className="banner banner--warning" role="alert">
          {importError}
        </p>
      )}

      {problems.length > 0 && (
        <section className="banner banner--warning" aria-label="Files that could not be read">
          <p>
            {problems.length === 1 ? 'One file' : `${problems.length} files`} in the data folder could not be used. Nothing was deleted:
            damaged files are set aside in the quarantine folder.
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p.file}>
                {p.message}{' '}
                {p.id && p.hasBackup && (
                  <button type="button" className="button button--small" onClick={() => void actions.restoreFromBackup(p.id!)}>
                    Restore its latest good backup
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {listStatus === 'loading' && <p className="muted">Loading workshops…</p>}

      {listStatus === 'ready' && workshops.length === 0 && (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">No workshops yet</h2>
          <p>
            A workshop holds one session with a client: the agenda, the sticky notes from both teams, the alignment
            diagnostic and the action plan you export at the end.
          </p>
          <p>
            Choose <strong>New workshop</strong> (or press <kbd>N</kbd>) and give it a title to begin. Everything stays
            in files on this computer.
          </p>
          <p>
            To see a finished one first, open the example: a day with a fictional instrument maker, every activity filled
            in, ready to export as a PDF action plan.
          </p>
          <button type="button" className="button" onClick={() => void actions.openExample()}>
            Open the example workshop
          </button>
        </section>
      )}

      {workshops.length > 0 && <WorkshopFilters workshops={workshops} filter={filter} onChange={setFilter} shown={shown.length} />}

      {workshops.length > 0 && shown.length === 0 && (
        <p className="empty-note">
          No workshop matches{filter.query.trim() ? ` “${filter.query.trim()}”` : ''}
          {filter.client !== null ? ` for ${filter.client ? `“${filter.client}”` : 'workshops without a client'}` : ''}.{' '}
          <button type="button" className="link-button" onClick={() => setFilter({ query: '', client: null })}>
            Show all workshops
          </button>
        </p>
      )}

      {shown.length > 0 && (
        <ul className="workshop-list" ref={listRef} aria-label="Workshops">
          {shown.map((w, index) => (
            <li key={w.id} className="workshop-card" onKeyDown={(e) => onRowKeyDown(e, w, index)}>
              <button
                type="button"
                className="workshop-card__open"
                onClick={() => void actions.openWorkshop(w.id)}
                aria-describedby={`meta-${w.id}`}
              >
                {w.title}
              </button>
              <p id={`meta-${w.id}`} className="workshop-card__meta">
                {[w.client, formatDay(w.date)].filter(Boolean).join(' · ') || 'No client or date yet'}
                <span className="workshop-card__changed" title={new Date(w.updatedAt).toLocaleString()}>
                  Changed {formatSince(w.updatedAt, now)}
                </span>
              </p>
              <div className="workshop-card__actions">
                <button type="button" className="button button--quiet" aria-label={`Rename ${w.title}`} onClick={() => setPending({ kind: 'rename', workshop: w })}>
                  Rename
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={`Start a re-check of ${w.title}`}
                  title="A new workshop with this one’s agenda and client, without its notes, answers, votes or actions"
                  onClick={() => setPending({ kind: 'recheck', workshop: w })}
                >
                  Re-check
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={`Duplicate ${w.title}`}
                  title="An exact copy, with its notes, answers, votes and actions"
                  onClick={() => void actions.duplicateWorkshop(w.id)}
                >
                  Duplicate
                </button>
                <button type="button" className="button button--quiet button--danger-text" aria-label={`Delete ${w.title}`} onClick={() => setPending({ kind: 'delete', workshop: w })}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      {creating && (
        <WorkshopDetailsDialog
          mode="create"
          initialTemplateId={initialTemplateId}
          onSubmit={actions.createWorkshop}
          onDone={(doc) => {
            actions.setCreating(false);
            void actions.openWorkshop(doc.id);
          }}
          onClose={() => actions.setCreating(false)}
        />
      )}
      {pending?.kind === 'rename' && (
        <RenameDialog
          title={pending.workshop.title}
          onRename={(title) => actions.renameWorkshop(pending.workshop.id, title)}
          onClose={() => setPending(null)}
        />
      )}
      {pending?.kind === 'recheck' && (
        <RecheckDialog workshop={pending.workshop} onDone={(doc) => void actions.openWorkshop(doc.id)} onClose={() => setPending(null)} />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete “${pending.workshop.title}”?`}
          message="The workshop disappears from this list. Its file is moved to the trash folder inside Baton's data folder, so it can still be recovered by hand."
          confirmLabel="Delete workshop"
          onConfirm={() => void actions.deleteWorkshop(pending.workshop.id)}
          onClose={() => setPending(null)}
        />
      )}
    </main>
  );
}
