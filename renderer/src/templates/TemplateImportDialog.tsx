// Confirming a template import: the file's name, description and agenda first; when a template of
// the same name exists, import it under a new name or replace the existing one.
import { Dialog } from '../components/Dialog';
import { useAppStore } from '../store/appStore';
import { AgendaPreview } from './AgendaPreview';

export function TemplateImportDialog() {
  const pending = useAppStore((s) => s.pendingTemplateImport);
  const confirm = useAppStore((s) => s.confirmTemplateImport);
  const cancel = useAppStore((s) => s.cancelTemplateImport);
  if (!pending) return null;
  const { template, clash } = pending.preview;

  return (
    <Dialog title={`Import “${template.name}”?`} description={`From ${pending.fileName}.`} onClose={cancel}>
      {template.description && <p>{template.description}</p>}
      <AgendaPreview template={template} />
      {clash && (
        <p className="banner banner--warning">
          You already have a template called “{clash.name}”. Import this one under a new name, or replace yours with it.
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button" autoFocus onClick={cancel}>
          Cancel
        </button>
        {clash && (
          <button type="button" className="button button--danger" onClick={() => void confirm('replace')}>
            Replace “{clash.name}”
          </button>
        )}
        <button type="button" className="button button--primary" onClick={() => void confirm('rename')}>
          {clash ? 'Import with a new name' : 'Import template'}
        </button>
      </div>
    </Dialog>
  );
}
