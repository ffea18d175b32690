// The room screen's review of the last plan: each earlier action as it was, and what the room says
// became of it (the mark in words, so it never rests on colour).
import { STATUS_LABELS } from '../../../shared/actions/schema';
import { formatDay } from '../../../shared/format/dates';
import type { SceneActivity } from '../../../shared/presenter/scene';
import { REVIEW_OUTCOME_LABELS } from '../../../shared/review/schema';
import { PagedTable } from './PagedTable';

export function PresenterReview({ items, page, onPages }: { items: NonNullable<SceneActivity['review']>; page: number; onPages(n: number): void }) {
  if (items.length === 0) return <p className="pempty">The last plan had no actions.</p>;
  const columns = [{ label: 'Action' }, { label: 'Owner' }, { label: 'Due', tight: true }, { label: 'Then', tight: true }, { label: 'Now', tight: true }];
  const rows = items.map((item, i) => (
    <tr key={i}>
      <td>{item.title}</td>
      <td>{item.owner || '—'}</td>
      <td className="ptable__tight">{item.due ? formatDay(item.due) : '—'}</td>
      <td className="ptable__tight">{STATUS_LABELS[item.status]}</td>
      <td className="ptable__tight">
        <strong>{item.outcome ? REVIEW_OUTCOME_LABELS[item.outcome] : '—'}</strong>
      </td>
    </tr>
  ));
  return <PagedTable label="The last plan" columns={columns} rows={rows} page={page} onPages={onPages} />;
}
