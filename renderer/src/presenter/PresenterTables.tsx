// The room screen's tables: the relay handoff map, the messaging platform and the action list.
import { ACTION_TEAM_LABELS, PRIORITY_LABELS } from '../../../shared/actions/schema';
import { formatDay } from '../../../shared/format/dates';
import type { SceneActivity } from '../../../shared/presenter/scene';

const OWNER_LABELS = { marketing: 'Marketing', sales: 'Sales', both: 'Both', '': '—' } as const;

export function PresenterHandoff({ handoff }: { handoff: NonNullable<SceneActivity['handoff']> }) {
  const agreements = [
    { label: 'Marketing-qualified lead', text: handoff.mqlDefinition },
    { label: 'Sales-qualified lead', text: handoff.sqlDefinition },
    {
      label: 'Follow-up',
      text: [handoff.followUpHours === null ? '' : `first contact within ${handoff.followUpHours} h`, handoff.followUpNotes].filter(Boolean).join('; '),
    },
    { label: 'Leads sent back', text: handoff.returnedLeads },
  ].filter((a) => a.text);
  return (
    <div className="phandoff" data-fit>
      <table className="ptable" aria-label="Relay handoff map">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Marketing does</th>
            <th scope="col">Sales does</th>
            <th scope="col">Owner</th>
          </tr>
        </thead>
        <tbody>
          {handoff.stages.map((s, i) => (
            <tr key={i} className={s.exchangeZone ? 'ptable__zone' : undefined}>
              <th scope="row">
                {s.name}
                {s.exchangeZone && <span className="ptag">exchange zone</span>}
              </th>
              <td>{s.marketing || '—'}</td>
              <td>{s.sales || '—'}</td>
              <td>{OWNER_LABELS[s.owner]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {agreements.length > 0 && (
        <dl className="pagreements">
          {agreements.map((a) => (
            <div key={a.label}>
              <dt>{a.label}</dt>
              <dd>{a.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

export function PresenterPlatform({ platform }: { platform: NonNullable<SceneActivity['platform']> }) {
  return (
    <dl className="pplatform" aria-label="Shared messaging platform" data-fit>
      {platform.map((p) => (
        <div key={p.area} className="pplatform__row">
          <dt>{p.area}</dt>
          <dd>
            {p.text || '—'}
            {p.votes !== null && p.votes > 0 && <span className="pvotes">{p.votes}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function PresenterActions({ actions }: { actions: NonNullable<SceneActivity['actions']> }) {
  if (actions.length === 0) return <p className="pempty">No actions yet.</p>;
  return (
    <table className="ptable pactions" aria-label="Actions" data-fit>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Team</th>
          <th scope="col">Due</th>
          <th scope="col">Priority</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a, i) => (
          <tr key={i}>
            <td>{a.title}</td>
            <td>{a.owner || '—'}</td>
            <td>{ACTION_TEAM_LABELS[a.team]}</td>
            <td>{a.due ? formatDay(a.due) : '—'}</td>
            <td>{PRIORITY_LABELS[a.priority]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
