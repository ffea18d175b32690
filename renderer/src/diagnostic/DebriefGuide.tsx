// The debrief guide in the facilitator's private notes of the diagnostic activity: the largest gaps
// and splits with a question for the room (shared/diagnostic/debrief). Never part of the presenter
// scene, so it cannot reach the projector.
import { useId, useMemo } from 'react';
import { debriefGuide } from '../../../shared/diagnostic/debrief';
import { useDiagnosticAnalysis } from './useDiagnostic';

const KIND_LABELS = { gap: 'Gap between the teams', split: 'Split within a team' } as const;

export function DebriefGuide() {
  const { result } = useDiagnosticAnalysis();
  const items = useMemo(() => debriefGuide(result), [result]);
  const titleId = useId();
  const answered = result.teams.sales || result.teams.marketing || result.teams.other;
  return (
    <section className="debrief" aria-labelledby={titleId}>
      <h3 id={titleId} className="debrief__title">
        Debrief guide
      </h3>
      {!answered ? (
        <p>The guide fills in from the answers: the widest gaps between the teams and where a team is split, each with a question for the room.</p>
      ) : items.length === 0 ? (
        <p>No statement divides the teams by a point or more, and no team is split. Ask the room which result surprised them most.</p>
      ) : (
        <ol className="debrief__list">
          {items.map((item) => (
            <li key={`${item.kind}-${item.statement}-${item.finding}`} className="debrief__item">
              <p className="debrief__head">
                <strong>
                  Statement {item.statement}: {item.short}
                </strong>{' '}
                <span className="debrief__kind">({KIND_LABELS[item.kind]})</span>
              </p>
              <p>{item.finding}</p>
              <p className="debrief__question">{item.question}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
