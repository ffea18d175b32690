// The template library: built-ins and the facilitator's own, searchable by name, with a preview of
// each agenda; duplicate (the way to edit a built-in), rename, edit, delete, export, import, and
// start a workshop from one.
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatMinutes } from '../../../shared/agenda/timer';
import type { TemplateSummary } from '../../../shared/templates/schema';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { RenameDialog } from '../components/RenameDialog';
import { download } from '../report/download';
import { useAppStore } from '../store/appStore';
import { AgendaPreview } from '../templates/AgendaPreview';
import { readImportFile } from '../templates/importFiles';
import { useTemplate } from '../templates/useTemplate';

function Preview({ id }: { id: string }) {
  const { template, error } = useTemplate(id);
  if (error) return <p className="field__error">{error}</p>;
  return template ? <AgendaPreview template={template} /> : <p className="muted">Loading…</p>;
}

export function TemplatesScreen() {
  const { templates, problems, loaded } = useAppStore(useShallow((s) => ({ templates: s.templates, problems: s.templateProblems, loaded: s.templatesLoaded })));
  const store = useAppStore(
    useShallow((s) => ({
      load: s.loadTemplates,
      goHome: s.goHome,
      duplicate: s.duplicateTemplate,
      rename: s.renameTemplate,
      remove: s.deleteTemplate,
      edit: s.editTemplate,
      newWorkshopFrom: s.newWorkshopFrom,
      previewFile: s.previewTemplateFile,
      api: s.api,
      notify: s.notify,
    })),
  );
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<TemplateSummary | null>(null);
  const [deleting, setDeleting] = useState<TemplateSummary | null>(null);

  useEffect(() => {
    void store.load();
  }, [store]);

  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return q ? templates.filter((t) => t.name.toLocaleLowerCase().includes(q)) : templates;
  }, [templates, query]);

  async function exportTemplate(t: TemplateSummary) {
    const result = await store.api.exportTemplate({ id: t.id });
    if (!result.ok) return store.notify('error', result.error.message);
    const value = result.value;
    if (value.status === 'download') {
      download(value.fileName, value.mime, value.base64);
      store.notify('info', `Downloaded ${value.fileName}.`);
    } else if (value.status === 'saved') store.notify('info', `Saved to ${value.path}.`);
  }

  return (
    <main className="screen templates" aria-labelledby="templates-title">
      <button type="button" className="button button--quiet back-link" onClick={store.goHome}>
        ← All workshops <kbd>H</kbd>
      </button>
      <header className="screen__header">
        <div>
          <h1 id="templates-title" className="screen__title">
            Templates
          </h1>
          <p className="screen__subtitle">Workshop designs to reuse from one client to the next. Built-in ones are read-only: duplicate to make your own.</p>
        </div>
        <label className="button file-button">
          Import template…
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) {
                const read = await readImportFile(file);
                if ('error' in read) store.notify('error', read.error);
                else await store.previewFile(file.name, read.content);
              }
            }}
          />
        </label>
      </header>

      <div className="field templates__search">
        <label htmlFor="template-search" className="field__label">
          Search by name
        </label>
        <input id="template-search" type="search" className="field__input" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>

      {problems.length > 0 && (
        <section className="banner banner--warning" aria-label="Template files that could not be read">
          <ul>
            {problems.map((p) => (
              <li key={p.file}>{p.message}</li>
            ))}
          </ul>
        </section>
      )}

      {loaded && shown.length === 0 && <p className="empty-note">No template matches “{query}”.</p>}

      <ul className="template-list" aria-label="Templates">
        {shown.map((t) => (
          <li key={t.id} className="template-card">
            <div className="template-card__head">
              <h2 className="template-card__name">{t.name}</h2>
              {t.builtIn && <span className="badge">Built-in</span>}
              <span className="muted">
                {t.activities} activities · {formatMinutes(t.minutes)}
              </span>
            </div>
            {t.description && <p>{t.description}</p>}
            <div className="template-card__actions">
              <button type="button" className="button button--primary" onClick={() => store.newWorkshopFrom(t.id)} aria-label={`New workshop from ${t.name}`}>
                New workshop from this
              </button>
              <button type="button" className="button" aria-expanded={open === t.id} onClick={() => setOpen(open === t.id ? null : t.id)} aria-label={`Preview ${t.name}`}>
                Preview
              </button>
              <button type="button" className="button" onClick={() => void store.duplicate(t.id)} aria-label={`Duplicate ${t.name}`}>
                Duplicate
              </button>
              {!t.builtIn && (
                <>
                  <button type="button" className="button" onClick={() => store.edit(t.id)} aria-label={`Edit ${t.name}`}>
                    Edit
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => setRenaming(t)} aria-label={`Rename ${t.name}`}>
                    Rename
                  </button>
                </>
              )}
              <button type="button" className="button button--quiet" onClick={() => void exportTemplate(t)} aria-label={`Export ${t.name}`}>
                Export
              </button>
              {!t.builtIn && (
                <button type="button" className="button button--quiet button--danger-text" onClick={() => setDeleting(t)} aria-label={`Delete ${t.name}`}>
                  Delete
                </button>
              )}
            </div>
            {open === t.id && <Preview id={t.id} />}
          </li>
        ))}
      </ul>

      {renaming && (
        <RenameDialog title={renaming.name} label="Name" heading="Rename template" onRename={(name) => store.rename(renaming.id, name)} onClose={() => setRenaming(null)} />
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete “${deleting.name}”?`}
          message="Workshops already made from it keep their agenda. The template file moves to the trash folder in Baton's data folder."
          confirmLabel="Delete template"
          onConfirm={() => void store.remove(deleting.id)}
          onClose={() => setDeleting(null)}
        />
      )}
    </main>
  );
}
