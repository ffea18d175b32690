// The room screen's lists: the relay handoff map (a card per stage, and the agreements), the
// messaging platform, and the action list.
import type { ReactNode } from 'react';
import { ACTION_TEAM_LABELS, PRIORITY_LABELS } from '../../../shared/actions/schema';
import { STAGE_OWNER_LABELS } from '../../../shared/agenda/handoff';
import { formatDay } from '../../../shared/format/dates';
import type { SceneActivity } from '../../../shared/presenter/scene';
import { Votes } from './PresenterBoard';
import type { GridCell } from './PresenterGrid';
import { PagedTable } from './PagedTable';

function Card({ title, children, className = '' }: { title: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={`pcard ${className}`}>
      <h2 className="pcard__title">{title}</h2>
      <dl className="pcard__body" data-fit>
        {children}
      </dl>
    </section>
  );
}

/** A card of one text, shrunk to fit (an agreement, a platform choice). */
function TextCard({ title, text, className }: { title: ReactNode; text: string; className?: string }) {
  return (
    <section className={className ? `pcard ${className}` : 'pcard'}>
      <h2 className="pcard__title">{title}</h2>
      <p className="pcard__text" data-fit>
        {text}
      </p>
    </section>
  );
}

function Entry({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{text || '—'}</dd>
    </div>
  );
}

/** A cell per stage of the handoff map, then one per agreement (lead definitions, follow-up, leads sent back). */
export function handoffCells(handoff: NonNullable<SceneActivity['handoff']>): GridCell[] {
  const stages = handoff.stages.map((s, i) => ({
    key: `stage-${i}`,
    node: (
      <Card title={s.exchangeZone ? `${s.name} · exchange zone` : s.name} className={s.exchangeZone ? 'pcard--zone' : ''}>
        <Entry label="Marketing" text={s.marketing} />
        <Entry label="Sales" text={s.sales} />
        <Entry label="Owner" text={STAGE_OWNER_LABELS[s.owner]} />
      </Card>
    ),
  }));
  const followUp = [handoff.followUpHours === null ? '' : `first contact within ${handoff.followUpHours} h`, handoff.followUpNotes].filter(Boolean).join('; ');
  const agreed = [
    { key: 'mql', label: 'Marketing-qualified lead', text: handoff.mqlDefinition },
    { key: 'sql', label: 'Sales-qualified lead', text: handoff.sqlDefinition },
    { key: 'follow-up', label: 'Follow-up', text: followUp },
    { key: 'returned', label: 'Leads sent back', text: handoff.returnedLeads },
  ].filter((a) => a.text);
  const agreements = agreed.map((a) => ({
    key: a.key,
    node: <TextCard title={`Agreed: ${a.label}`} text={a.text} className="pcard--agreed" />,
  }));
  return [...stages, ...agreements];
}

export function platformCells(platform: NonNullable<SceneActivity['platform']>): GridCell[] {
  return platform.map((p) => ({
    key: p.area,
    node: (
      <TextCard
        title={
          <>
            {p.area} {p.votes !== null && <Votes votes={p.votes} />}
          </>
        }
        text={p.text || 'Nothing chosen yet'}
      />
    ),
  }));
}

export function PresenterActions({ actions, page, onPages }: { actions: NonNullable<SceneActivity['actions']>; page: number; onPages(n: number): void }) {
  if (actions.length === 0) return <p className="pempty">No actions yet.</p>;
  const columns = [{ label: 'Action' }, { label: 'Owner' }, { label: 'Team', tight: true }, { label: 'Due', tight: true }, { label: 'Priority', tight: true }];
  const rows = actions.map((a, i) => (
    <tr key={i}>
      <td>{a.title}</td>
      <td>{a.owner || '—'}</td>
      <td className="ptable__tight">{ACTION_TEAM_LABELS[a.team]}</td>
      <td className="ptable__tight">{a.due ? formatDay(a.due) : '—'}</td>
      <td className="ptable__tight">{PRIORITY_LABELS[a.priority]}</td>
    </tr>
  ));
  return <PagedTable label="Actions" columns={columns} rows={rows} page={page} onPages={onPages} />;
}
