// The recommendations on the Target tab: "Where to start" (the few the data points to first, see
// shared/diagnostic/whereToStart) always shown, every other one behind "Show all". Whether the rest
// is open lives only in this component, so it is never saved and resets when the tab is left.
import { useId, useState } from 'react';
import { STEP_LABELS } from '../../../shared/diagnostic/playbook';
import type { Recommendation } from '../../../shared/diagnostic/recommend';
import type { RecommendationSplit } from '../../../shared/diagnostic/whereToStart';

function RecommendationItem({ recommendation: r, showStep }: { recommendation: Recommendation; showStep: boolean }) {
  return (
    <li className="recommendation">
      <strong>{r.title}</strong>
      {showStep && <span className="recommendation__step"> · {STEP_LABELS[r.step]}</span>}
      <p>{r.detail}</p>
      <p className="recommendation__why">Why: {r.rationale}</p>
    </li>
  );
}

/** The further recommendations grouped by step, numbered on from where to start. */
function FurtherList({ further, start }: { further: readonly Recommendation[]; start: number }) {
  const steps = [...new Set(further.map((r) => r.step))];
  let next = start;
  return steps.map((step) => {
    const inStep = further.filter((r) => r.step === step);
    const from = next;
    next += inStep.length;
    return (
      <div key={step} className="recommendation-step">
        <h5>{STEP_LABELS[step]}</h5>
        <ol className="recommendations" start={from}>
          {inStep.map((r) => (
            <RecommendationItem key={r.id} recommendation={r} showStep={false} />
          ))}
        </ol>
      </div>
    );
  });
}

export function Recommendations({ split }: { split: RecommendationSplit }) {
  const [showAll, setShowAll] = useState(false);
  const furtherId = useId();
  const { first, further } = split;
  const count = further.length;
  const plural = count === 1 ? 'recommendation' : 'recommendations';
  return (
    <>
      <div className="recommendation-step recommendation-step--first">
        <h4 id={`${furtherId}-first`}>Where to start</h4>
        <p className="muted">What the figures point to first; each says which figures.</p>
        <ol className="recommendations" aria-labelledby={`${furtherId}-first`}>
          {first.map((r) => (
            <RecommendationItem key={r.id} recommendation={r} showStep />
          ))}
        </ol>
      </div>
      {count > 0 && (
        <>
          <button type="button" className="button recommendations__toggle" aria-expanded={showAll} aria-controls={furtherId} onClick={() => setShowAll((v) => !v)}>
            {showAll ? `Hide the ${count} further ${plural}` : `Show all: ${count} further ${plural}`}
          </button>
          <section id={furtherId} aria-labelledby={`${furtherId}-title`} className="recommendations__further" hidden={!showAll}>
            <h4 id={`${furtherId}-title`}>Further recommendations</h4>
            {showAll && <FurtherList further={further} start={first.length + 1} />}
          </section>
        </>
      )}
    </>
  );
}
