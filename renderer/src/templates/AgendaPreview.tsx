// A template's agenda at a glance: each activity with its kind and timebox, and the total time.
import { KIND_DEFAULTS } from '../../../shared/agenda/kinds';
import { formatMinutes } from '../../../shared/agenda/timer';
import { templateMinutes } from '../../../shared/templates/convert';
import type { Template } from '../../../shared/templates/schema';

export function AgendaPreview({ template }: { template: Pick<Template, 'activities' | 'name'> }) {
  return (
    <div className="agenda-preview">
      <p className="agenda-preview__total">
        {template.activities.length} activities · {formatMinutes(templateMinutes(template))}
      </p>
      <ol aria-label={`Agenda of ${template.name}`}>
        {template.activities.map((a, i) => (
          <li key={i}>
            <span>{a.title}</span>{' '}
            <span className="muted">
              {KIND_DEFAULTS[a.kind].label} · {a.minutes} min
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
