// Choosing what a new workshop starts from: a blank agenda or a template, with a preview of the
// template's agenda and total time.
import { useEffect, useId } from 'react';
import { formatMinutes } from '../../../shared/agenda/timer';
import { useAppStore } from '../store/appStore';
import { AgendaPreview } from './AgendaPreview';
import { useTemplate } from './useTemplate';

export function TemplatePicker({ value, onChange }: { value: string | null; onChange(id: string | null): void }) {
  const templates = useAppStore((s) => s.templates);
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  const { template } = useTemplate(value);
  const name = useId();

  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);

  return (
    <fieldset className="template-picker">
      <legend className="field__label">Start from</legend>
      <div className="template-picker__choices">
        <label className="radio">
          <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
          Blank workshop
        </label>
        {templates.map((t) => (
          <label key={t.id} className="radio">
            <input type="radio" name={name} checked={value === t.id} onChange={() => onChange(t.id)} />
            {t.name} <span className="muted">({formatMinutes(t.minutes)})</span>
          </label>
        ))}
      </div>
      {value && template && <AgendaPreview template={template} />}
    </fieldset>
  );
}
