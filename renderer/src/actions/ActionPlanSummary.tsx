// The action plan as the room sees it in presenter view: actions in order, with owner and date.
import { ACTION_TEAM_LABELS, PRIORITY_LABELS } from '../../../shared/actions/schema';
import { formatDay } from '../../../shared/format/dates';
import { useAppStore } from '../store/appStore';
import { Table } from '../components/Table';

const noActions: never[] = [];

export function ActionPlanSummary() {
  const actions = useAppStore((s) => s.current?.actions ?? noActions);
  if (actions.length === 0) return <p className="presenter__prompt">No actions yet.</p>;
  return (
    <Table className="presenter__actions" caption="Actions" columns={['Action', 'Owner', 'Team', 'Due', 'Priority']}>
      {actions.map((a) => (
        <tr key={a.id}>
          <td>{a.title}</td>
          <td>{a.owner || '—'}</td>
          <td>{ACTION_TEAM_LABELS[a.team]}</td>
          <td>{a.due ? formatDay(a.due) : '—'}</td>
          <td>{PRIORITY_LABELS[a.priority]}</td>
        </tr>
      ))}
    </Table>
  );
}
