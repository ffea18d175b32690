// The review of the last plan: the earlier workshop's actions as they were (title, owner, due
// date, status), and what became of each: done, in progress, dropped or carried over. A
// carried-over action joins this workshop's plan with its origin. Keyboard: Tab to an action's
// choices, arrows to choose; or 1–4 on a row to mark it, 0 to clear.
import type { KeyboardEvent } from 'react';
import { STATUS_LABELS } from '../../../shared/actions/schema';
import type { Activity } from '../../../shared/agenda/schema';
import { formatDay } from '../../../shared/format/dates';
import { bringInPlanTo, earlierLabel, planChanges, planIsFull, reviewCounts, setReviewOutcome } from '../../../shared/review/edits';
import { REVIEW_OUTCOME_LABELS, REVIEW_OUTCOMES, type ReviewItem, type ReviewOutcome } from '../../../shared/review/schema';
import { Table, type TableColumn } from '../components/Table';
import { EarlierLinkButtons } from '../earlier/EarlierLinkControls';
import { useAppStore } from '../store/appStore';
import { newItemId } from '../workshop/useWorkshop';
import { useEarlierWorkshop, type EarlierWorkshop } from './useEarlierWorkshop';
import './review.css';

const COLUMNS: TableColumn[] = [
  { label: '#', className: 'review-table__number' },
  { label: 'Action', className: 'review-table__title' },
  { label: 'Owner', className: 'review-table__owner' },
  { label: 'Due', className: 'review-table__due' },
  { label: 'Status then', className: 'review-table__status' },
  { label: 'What became of it', className: 'review-table__outcome' },
];

/** A title short enough for a one-line message. */
const shortTitle = (title: string) => (title.length > 80 ? `${title.slice(0, 79)}…` : title);

function EarlierStatus({ earlier, activity }: { earlier: EarlierWorkshop; activity: Activity }) {
  const editWorkshop = useAppStore((s) => s.editWorkshop);
  const review = activity.review;
  if (earlier.state === 'loading') return <p className="muted">Reading the earlier workshop…</p>;
  if (earlier.state === 'none') {
    return (
      <div className="banner review__unlinked">
        <p>
          {review
            ? `No longer linked to an earlier workshop. The actions brought in from “${review.workshopTitle}” are kept here, with their marks.`
            : 'This workshop does not follow up an earlier one yet, so there is no last plan to review. Link it to the earlier workshop, or start the next workshop with Re-check on the earlier one: it comes linked, with this review filled in.'}
        </p>
        <EarlierLinkButtons invite={!review} />
      </div>
    );
  }
  if (earlier.state === 'missing') {
    return (
      <div className="banner banner--warning review__unlinked">
        <p role="alert">
          The earlier workshop this one follows up can no longer be read ({earlier.message}){' '}
          {review ? `The ${review.items.length} actions brought in from “${review.workshopTitle}” are kept here, with their marks.` : 'Nothing was brought in from it.'}
        </p>
        <EarlierLinkButtons />
      </div>
    );
  }
  const changes = planChanges(review, earlier.workshop);
  const other = review && review.workshopId !== earlier.workshop.id;
  if (changes === 0) return <p className="muted">From “{earlierLabel(review ?? { workshopTitle: earlier.workshop.title, workshopDate: earlier.workshop.date })}”: up to date.</p>;
  return (
    <p className="review__bring-in">
      <span>
        {other
          ? `This review is of “${review.workshopTitle}”, but the workshop now follows up “${earlier.workshop.title}”.`
          : review
            ? `The plan of “${earlier.workshop.title}” changed since it was brought in: ${changes} action${changes === 1 ? '' : 's'} new or changed. Marked actions stay as marked.`
            : `“${earlier.workshop.title}” has ${changes} action${changes === 1 ? '' : 's'} to review.`}
      </span>
      <button type="button" className="button button--primary" onClick={() => editWorkshop((doc) => bringInPlanTo(doc, activity.id, earlier.workshop))}>
        {other ? `Review “${earlier.workshop.title}” instead` : review ? 'Bring in the changes' : 'Bring in the last plan’s actions'}
      </button>
    </p>
  );
}

function OutcomeChoice({ item, number, onChoose }: { item: ReviewItem; number: number; onChoose(outcome: ReviewOutcome): void }) {
  const name = `review-outcome-${item.action.id}`;
  return (
    <fieldset className="review-outcome">
      <legend className="visually-hidden">What became of action {number}, “{item.action.title}”</legend>
      {REVIEW_OUTCOMES.map((outcome, i) => (
        <label key={outcome} className={`review-outcome__choice review-outcome__choice--${outcome}`}>
          <input type="radio" name={name} value={outcome} checked={item.outcome === outcome} onChange={() => onChoose(outcome)} aria-keyshortcuts={String(i + 1)} />
          {REVIEW_OUTCOME_LABELS[outcome]}
        </label>
      ))}
    </fieldset>
  );
}

export function PlanReviewView({ activity }: { activity: Activity }) {
  const editWorkshop = useAppStore((s) => s.editWorkshop);
  const notify = useAppStore((s) => s.notify);
  const full = useAppStore((s) => (s.current ? planIsFull(s.current) : false));
  const earlier = useEarlierWorkshop();
  const review = activity.review;

  function mark(item: ReviewItem, outcome: ReviewOutcome | null) {
    if (outcome === 'carried-over' && item.outcome !== 'carried-over' && full) {
      notify('error', 'The action plan is full (200 actions), so nothing more can be carried over. Delete an action first.');
      return;
    }
    editWorkshop((doc) => setReviewOutcome(doc, activity.id, item.action.id, outcome, newItemId));
    if (outcome === 'carried-over') notify('info', `Carried over into this workshop’s plan: “${shortTitle(item.action.title)}”.`);
  }

  function onRowKey(event: KeyboardEvent, item: ReviewItem) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const outcome = event.key === '0' ? null : REVIEW_OUTCOMES[Number(event.key) - 1];
    if (outcome === undefined || !/^[0-4]$/.test(event.key)) return;
    event.preventDefault();
    mark(item, outcome);
    // Keep the focus on the row's choices, now on the one marked.
    const row = event.currentTarget;
    requestAnimationFrame(() => row.querySelector<HTMLInputElement>('input:checked, input')?.focus());
  }

  const counts = review ? reviewCounts(review) : null;
  return (
    <section className="plan-review" aria-labelledby="plan-review-title">
      <h2 id="plan-review-title" className="section-title">
        The last plan
      </h2>
      <EarlierStatus earlier={earlier} activity={activity} />
      {review && review.items.length === 0 && <p className="empty-note">“{review.workshopTitle}” had no actions in its plan.</p>}
      {review && counts && review.items.length > 0 && (
        <>
          <p className="review__counts" aria-live="polite">
            {REVIEW_OUTCOMES.map((o) => `${counts[o]} ${REVIEW_OUTCOME_LABELS[o].toLowerCase()}`).join(' · ')} · {counts.unmarked} not marked yet
          </p>
          <Table scroll className="review-table" caption={`The actions of “${review.workshopTitle}” and what became of each. On a row, 1 to 4 marks it, 0 clears.`} columns={COLUMNS}>
            {review.items.map((item, i) => (
              <tr key={item.action.id} onKeyDown={(e) => onRowKey(e, item)} aria-keyshortcuts="1 2 3 4 0">
                <td>{i + 1}</td>
                <td>
                  <strong>{item.action.title}</strong>
                </td>
                <td>{item.action.owner || <span className="muted">none</span>}</td>
                <td>{item.action.due ? formatDay(item.action.due) : <span className="muted">no date</span>}</td>
                <td>{STATUS_LABELS[item.action.status]}</td>
                <td>
                  <OutcomeChoice item={item} number={i + 1} onChoose={(outcome) => mark(item, outcome)} />
                  {item.outcome && (
                    <button type="button" className="button button--small button--quiet" aria-label={`Clear the mark of action ${i + 1}`} onClick={() => mark(item, null)}>
                      Clear
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </Table>
          <p className="muted">Carried-over actions join this workshop’s action plan, marked with where they came from; give them a new owner or date there.</p>
        </>
      )}
    </section>
  );
}
