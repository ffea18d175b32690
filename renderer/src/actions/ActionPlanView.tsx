// Action planning: suggestions from the room's top themes, the diagnostic's recommendations and
// its widest gaps, each one click from an action; the action table, edited in place and reordered
// by keyboard; and the two heads' commitments.
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { addAction, isPastDue, moveAction, newAction, removeAction, updateAction } from '../../../shared/actions/edits';
import { actionOrigin } from '../../../shared/actions/origin';
import {
  ACTION_STATUSES,
  ACTION_TEAMS,
  ACTION_TEAM_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
  STATUS_LABELS,
  type Action,
  type ActionSource,
  type Commitments,
} from '../../../shared/actions/schema';
import { topThemes } from '../../../shared/report/topThemes';
import { formatGap } from '../../../shared/diagnostic/formatGap';
import { STEP_LABELS } from '../../../shared/diagnostic/playbook';
import { STATEMENTS } from '../../../shared/diagnostic/statements';
import { todayIso } from '../../../shared/format/dates';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { CommitField } from '../components/CommitField';
import { useDiagnosticAnalysis } from '../diagnostic/useDiagnostic';
import { useAppStore } from '../store/appStore';
import { newItemId, useAgenda } from '../workshop/useWorkshop';
import { Table, type TableColumn } from '../components/Table';
import { hasVisibleText } from '../../../shared/text/plainText';

const noActions: Action[] = [];

function sourceKey(source: ActionSource): string {
  switch (source.kind) {
    case 'theme':
      return `theme:${source.itemId}`;
    case 'recommendation':
      return `rec:${source.id}`;
    case 'gap':
      return `gap:${source.statement}`;
    default:
      return '';
  }
}

const ACTION_COLUMNS: TableColumn[] = [
  { label: '#', className: 'action-table__number' },
  { label: 'Action', className: 'action-table__title' },
  { label: 'Owner', className: 'action-table__owner' },
  { label: 'Team', className: 'action-table__choice' },
  { label: 'Due', className: 'action-table__due' },
  { label: 'Success metric', className: 'action-table__metric' },
  { label: 'Priority', className: 'action-table__choice' },
  { label: 'Status', className: 'action-table__choice' },
  { label: <span className="visually-hidden">Order and delete</span>, className: 'action-table__buttons' },
];

/** The new action's title: its own component, so typing re-renders this form and not the whole table. */
function NewActionForm({ onAdd }: { onAdd(title: string): void }) {
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | null>(null);
  const newId = useId();

  function submitDraft(event: FormEvent) {
    event.preventDefault();
    if (!hasVisibleText(draft)) return setDraftError('An action needs a title');
    onAdd(draft);
    setDraft('');
    setDraftError(null);
  }

  return (
    <form className="new-action" onSubmit={submitDraft} noValidate>
      <label htmlFor={newId} className="field__label">
        New action
      </label>
      <input
        id={newId}
        className="field__input"
        value={draft}
        maxLength={200}
        aria-invalid={draftError ? true : undefined}
        aria-describedby={draftError ? `${newId}-error` : undefined}
        placeholder="What will be done? Enter adds it"
        onChange={(e) => {
          setDraft(e.target.value);
          setDraftError(null);
        }}
      />
      <button type="submit" className="button button--primary">
        Add action
      </button>
      {draftError && (
        <p id={`${newId}-error`} className="field__error">
          {draftError}
        </p>
      )}
    </form>
  );
}

export function ActionPlanView() {
  const actions = useAppStore((s) => s.current?.actions ?? noActions);
  const commitments = useAppStore((s) => s.current?.commitments);
  const editWorkshop = useAppStore((s) => s.editWorkshop);
  const notify = useAppStore((s) => s.notify);
  const undo = useAppStore((s) => s.undo);
  const agenda = useAgenda();
  const { whereToStart, result } = useDiagnosticAnalysis();
  // Where to start first, as on the diagnostic's recommendations tab, then the rest in order.
  const recommendations = [...whereToStart.first, ...whereToStart.further];
  const themes = useMemo(() => topThemes(agenda, 8), [agenda]);
  const used = new Set(actions.map((a) => sourceKey(a.source)));
  const today = todayIso();

  const edit = (change: (a: Action[]) => Action[]) => editWorkshop((doc) => ({ ...doc, actions: change(doc.actions) }));
  const editCommitments = (team: keyof Commitments, change: Partial<Commitments['sales']>) =>
    editWorkshop((doc) => ({ ...doc, commitments: { ...doc.commitments, [team]: { ...doc.commitments[team], ...change } } }));

  function create(title: string, source?: ActionSource) {
    const action = newAction(newItemId(), title, source);
    edit((a) => addAction(a, action));
    requestAnimationFrame(() => document.getElementById(`action-owner-${action.id}`)?.focus());
  }

  function onRowKey(event: KeyboardEvent, action: Action) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    edit((a) => moveAction(a, action.id, event.key === 'ArrowUp' ? -1 : 1));
  }

  const suggestion = (key: string, label: string, detail: string, title: string, source: ActionSource) => (
    <li key={key} className="suggestion-item">
      <span>
        <strong>{label}</strong> <span className="muted">{detail}</span>
      </span>
      {used.has(sourceKey(source)) ? (
        <span className="muted">✓ in the plan</span>
      ) : (
        <button type="button" className="button button--small" aria-label={`Add as action: ${label}`} onClick={() => create(title, source)}>
          + Action
        </button>
      )}
    </li>
  );

  return (
    <section className="action-plan" aria-labelledby="action-plan-title">
      <h2 id="action-plan-title" className="section-title">
        Action plan
      </h2>

      <div className="suggestions">
        <section aria-labelledby="suggest-themes">
          <h3 id="suggest-themes">Top-voted themes</h3>
          {themes.length === 0 ? (
            <p className="muted">Themes appear here once the room has voted on a board.</p>
          ) : (
            <ul>
              {themes.map((t) =>
                suggestion(`t-${t.id}`, t.label, `${t.votes} vote${t.votes === 1 ? '' : 's'} · ${t.activityTitle}`, t.label, {
                  kind: 'theme',
                  activityId: t.activityId,
                  itemId: t.id,
                  label: `${t.kind === 'theme' ? 'Theme' : 'Note'} “${t.label.slice(0, 200)}” (${t.activityTitle}, ${t.votes} votes)`,
                }),
              )}
            </ul>
          )}
        </section>
        <section aria-labelledby="suggest-recommendations">
          <h3 id="suggest-recommendations">Recommendations</h3>
          {recommendations.length === 0 ? (
            <p className="muted">Recommendations appear once the diagnostic has results.</p>
          ) : (
            <ul>
              {recommendations
                .slice(0, 8)
                .map((r) => suggestion(`r-${r.id}`, r.title, STEP_LABELS[r.step], r.title, { kind: 'recommendation', id: r.id, label: `Recommendation: ${r.title}` }))}
            </ul>
          )}
        </section>
        <section aria-labelledby="suggest-gaps">
          <h3 id="suggest-gaps">Perception gaps</h3>
          {result.gaps.length === 0 ? (
            <p className="muted">No gaps of 1.00 or more between the teams.</p>
          ) : (
            <ul>
              {result.gaps.slice(0, 8).map((g) => {
                const statement = STATEMENTS[g.statement - 1]!;
                return suggestion(`g-${g.statement}`, `${g.statement}. ${statement.short}`, `gap ${formatGap(g.gap, { minus: '-' })}`, `Close the gap on “${statement.short}”`, {
                  kind: 'gap',
                  statement: g.statement,
                  label: `Gap on statement ${g.statement} (${statement.short}): ${formatGap(g.gap, { minus: '-' })}`,
                });
              })}
            </ul>
          )}
        </section>
      </div>

      <NewActionForm onAdd={(title) => create(title)} />

      {actions.length === 0 ? (
        <p className="empty-note">No actions yet. Add one above, or from a theme, recommendation or gap.</p>
      ) : (
        <Table scroll className="action-table" caption="Actions, in plan order. Alt+↑/↓ on a row moves it." columns={ACTION_COLUMNS}>
          {actions.map((action, i) => (
            <tr key={action.id} onKeyDown={(e) => onRowKey(e, action)} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown">
              <td>{i + 1}</td>
              <td className="action-table__main">
                <CommitField wrapping label={`Action ${i + 1} title`} value={action.title} inputProps={{ maxLength: 200 }} onCommit={(title) => edit((a) => updateAction(a, action.id, { title }))} />
                <CommitField
                  multiline
                  label={`Action ${i + 1} description`}
                  value={action.description}
                  inputProps={{ rows: 2, placeholder: 'Details (optional)', maxLength: 2000 }}
                  onCommit={(description) => edit((a) => updateAction(a, action.id, { description }))}
                />
                {action.source.kind !== 'none' && <p className="action-table__source">{actionOrigin(action.source)}</p>}
              </td>
              <td>
                <CommitField
                  wrapping
                  label={`Action ${i + 1} owner`}
                  value={action.owner}
                  inputProps={{ id: `action-owner-${action.id}`, maxLength: 120 }}
                  onCommit={(owner) => edit((a) => updateAction(a, action.id, { owner }))}
                />
              </td>
              <td>
                <ChoiceSelect label={`Action ${i + 1} team`} value={action.team} options={ACTION_TEAMS} labels={ACTION_TEAM_LABELS} onChange={(team) => edit((a) => updateAction(a, action.id, { team }))} />
              </td>
              <td>
                <input
                  type="date"
                  className="commit-field"
                  aria-label={`Action ${i + 1} due date`}
                  value={action.due}
                  onChange={(e) => edit((a) => updateAction(a, action.id, { due: e.target.value }))}
                />
                {isPastDue(action, today) && <p className="action-table__warning">⚠ This date has passed</p>}
              </td>
              <td>
                <CommitField
                  multiline
                  label={`Action ${i + 1} success metric`}
                  value={action.metric}
                  inputProps={{ rows: 2, placeholder: 'How we will know', maxLength: 500 }}
                  onCommit={(metric) => edit((a) => updateAction(a, action.id, { metric }))}
                />
              </td>
              <td>
                <ChoiceSelect label={`Action ${i + 1} priority`} value={action.priority} options={PRIORITIES} labels={PRIORITY_LABELS} onChange={(priority) => edit((a) => updateAction(a, action.id, { priority }))} />
              </td>
              <td>
                <ChoiceSelect label={`Action ${i + 1} status`} value={action.status} options={ACTION_STATUSES} labels={STATUS_LABELS} onChange={(status) => edit((a) => updateAction(a, action.id, { status }))} />
              </td>
              <td className="action-table__row-actions">
                <button type="button" className="button button--small" disabled={i === 0} aria-label={`Move action ${i + 1} up`} onClick={() => edit((a) => moveAction(a, action.id, -1))}>
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--small"
                  disabled={i === actions.length - 1}
                  aria-label={`Move action ${i + 1} down`}
                  onClick={() => edit((a) => moveAction(a, action.id, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--small button--danger-text"
                  aria-label={`Delete action ${i + 1}`}
                  onClick={() => {
                    edit((a) => removeAction(a, action.id));
                    notify('info', `Deleted “${action.title}”.`, { label: 'Undo', run: undo });
                  }}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </Table>
      )}

      <section aria-labelledby="commitments-title" className="commitments">
        <h3 id="commitments-title">Commitments</h3>
        <p className="muted">Each head says in a sentence what their team commits to; the report ends with their sign-off lines.</p>
        <div className="commitments__grid">
          {(['sales', 'marketing'] as const).map((team) => (
            <fieldset key={team} className="commitment">
              <legend>{team === 'sales' ? 'Head of sales' : 'Head of marketing'}</legend>
              <CommitField label={`Head of ${team}: name`} value={commitments?.[team].head ?? ''} inputProps={{ placeholder: 'Name', maxLength: 120 }} onCommit={(head) => editCommitments(team, { head })} />
              <CommitField
                multiline
                label={`Head of ${team}: commitment`}
                value={commitments?.[team].statement ?? ''}
                inputProps={{ placeholder: `What ${team} commits to`, maxLength: 1000 }}
                onCommit={(statement) => editCommitments(team, { statement })}
              />
            </fieldset>
          ))}
        </div>
      </section>
    </section>
  );
}
