// The facilitator's grid: participants × statements. Type 1–5 to set a cell and move on; 0,
// Backspace or Delete clears it; arrows, Home and End move. The focused statement's full text is
// shown above the grid, and each row shows how far that participant has got.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { removeParticipant, setAnswer, updateParticipant } from '../../../shared/diagnostic/edits';
import { ROLE_LABELS, STATEMENT_COUNT, TEAM_LABELS, type Answer } from '../../../shared/diagnostic/model';
import { participantLabels, scoreAnswers } from '../../../shared/diagnostic/score';
import { STATEMENTS } from '../../../shared/diagnostic/statements';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ParticipantDialog, type ParticipantChange } from './ParticipantDialog';
import { useAnonymous, useDiagnosticState, useEditDiagnostic } from './useDiagnostic';

interface Position {
  row: number;
  col: number;
}

function progressText(answers: Answer[]): string {
  const { answered, counted, prorated } = scoreAnswers(answers);
  if (!counted) return `${answered}/${STATEMENT_COUNT} · incomplete`;
  return prorated ? `${answered}/${STATEMENT_COUNT} · prorated` : `${STATEMENT_COUNT}/${STATEMENT_COUNT} · complete`;
}

export function AnswerGrid() {
  const { participants } = useDiagnosticState();
  const anonymous = useAnonymous();
  const edit = useEditDiagnostic();
  const labels = participantLabels(participants, anonymous);
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  // Set by keyboard moves, so focus follows the active cell without stealing it on other renders.
  const focusWanted = useRef(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  const row = Math.min(active.row, participants.length - 1);
  const position = { row: Math.max(row, 0), col: active.col };
  const statement = STATEMENTS[position.col]!;

  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${position.row}:${position.col}"]`)?.focus();
  }, [position.row, position.col]);

  function moveTo(next: Position) {
    setActive({
      row: Math.max(0, Math.min(participants.length - 1, next.row)),
      col: Math.max(0, Math.min(STATEMENT_COUNT - 1, next.col)),
    });
    focusWanted.current = true;
  }

  /** The cell after this one, wrapping to the next participant's first statement. */
  function advance({ row: r, col: c }: Position) {
    if (c < STATEMENT_COUNT - 1) moveTo({ row: r, col: c + 1 });
    else if (r < participants.length - 1) moveTo({ row: r + 1, col: 0 });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const cell = (event.target as HTMLElement).dataset.cell;
    if (!cell || event.altKey || event.ctrlKey || event.metaKey) return;
    const [r, c] = cell.split(':').map(Number) as [number, number];
    const participant = participants[r];
    if (!participant) return;
    const key = event.key;
    if (/^[1-5]$/.test(key)) {
      edit((s) => setAnswer(s, participant.id, c + 1, Number(key) as Answer));
      advance({ row: r, col: c });
    } else if (key === '0' || key === 'Backspace' || key === 'Delete') {
      edit((s) => setAnswer(s, participant.id, c + 1, null));
    } else if (key === 'ArrowRight') moveTo({ row: r, col: c + 1 });
    else if (key === 'ArrowLeft') moveTo({ row: r, col: c - 1 });
    else if (key === 'ArrowDown') moveTo({ row: r + 1, col: c });
    else if (key === 'ArrowUp') moveTo({ row: r - 1, col: c });
    else if (key === 'Home') moveTo({ row: r, col: 0 });
    else if (key === 'End') moveTo({ row: r, col: STATEMENT_COUNT - 1 });
    else return;
    event.preventDefault();
  }

  const editingParticipant = participants.find((p) => p.id === editing);
  const removingIndex = participants.findIndex((p) => p.id === removing);

  return (
    <div className="answer-grid">
      <p className="answer-grid__statement" aria-live="polite">
        <span className="answer-grid__statement-number">Statement {statement.number}</span> {statement.text}
      </p>
      <p className="muted answer-grid__help">
        Type <kbd>1</kbd>–<kbd>5</kbd> (1 strongly disagree, 5 strongly agree) to answer and move on; <kbd>0</kbd> or{' '}
        <kbd>Delete</kbd> clears; arrow keys move.
      </p>
      <div className="answer-grid__scroller">
        <table ref={tableRef} role="grid" aria-label="Diagnostic answers" aria-describedby={undefined} onKeyDown={onKeyDown}>
          <thead>
            <tr>
              <th scope="col">Participant</th>
              {STATEMENTS.map((s) => (
                <th key={s.key} scope="col" title={s.text} className={s.number - 1 === position.col ? 'is-active-col' : undefined}>
                  <abbr title={s.text}>{s.number}</abbr>
                </th>
              ))}
              <th scope="col">Progress</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p, r) => (
              <tr key={p.id}>
                <th scope="row" className="answer-grid__who">
                  <div className="answer-grid__who-inner">
                  <span className={`team-chip team-chip--${p.team}`}>{TEAM_LABELS[p.team]}</span>
                  {p.role && <span className="role-chip">{p.role === 'head' ? 'Head' : ROLE_LABELS[p.role]}</span>}
                  <span className="answer-grid__name">{labels[r]}</span>
                  <span className="answer-grid__row-actions">
                    <button type="button" className="button button--quiet button--small" aria-label={`Edit ${labels[r]}`} onClick={() => setEditing(p.id)}>
                      Edit
                    </button>
                    <button type="button" className="button button--quiet button--small button--danger-text" aria-label={`Remove ${labels[r]}`} onClick={() => setRemoving(p.id)}>
                      Remove
                    </button>
                  </span>
                  </div>
                </th>
                {p.answers.map((answer, c) => {
                  const isActive = r === position.row && c === position.col;
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      data-cell={`${r}:${c}`}
                      tabIndex={isActive ? 0 : -1}
                      className={`answer-grid__cell${answer === null ? ' is-blank' : ''}`}
                      aria-label={`${labels[r]}, statement ${c + 1}: ${answer ?? 'no answer'}`}
                      onFocus={() => (isActive ? undefined : setActive({ row: r, col: c }))}
                      onClick={() => moveTo({ row: r, col: c })}
                    >
                      {answer ?? ''}
                    </td>
                  );
                })}
                <td className="answer-grid__progress">{progressText(p.answers)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {editingParticipant && (
        <ParticipantDialog
          name={editingParticipant.name}
          team={editingParticipant.team}
          role={editingParticipant.role ?? null}
          onSave={(change: ParticipantChange) => edit((s) => updateParticipant(s, editingParticipant.id, change))}
          onClose={() => setEditing(null)}
        />
      )}
      {removingIndex >= 0 && (
        <ConfirmDialog
          title={`Remove ${labels[removingIndex]}?`}
          message="Their answers are removed from the diagnostic and every result."
          confirmLabel="Remove participant"
          onConfirm={() => edit((s) => removeParticipant(s, removing!))}
          onClose={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
