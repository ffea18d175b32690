// Target level: the advisor's questions, its suggestion and reasons, the facilitator's choice, and
// the recommendations for getting from the current level to the target.
import { ADVISOR_QUESTIONS, type TargetLevel } from '../../../shared/diagnostic/advisor';
import { setAdvisorAnswer, setTargetLevel } from '../../../shared/diagnostic/edits';
import { LEVEL_BANDS } from '../../../shared/diagnostic/levels';
import { LEVELS } from '../../../shared/diagnostic/model';
import { Recommendations } from './Recommendations';
import { useDiagnosticAnalysis, useDiagnosticState, useEditDiagnostic } from './useDiagnostic';

const TARGETS: readonly TargetLevel[] = LEVELS;

export function TargetPanel() {
  const state = useDiagnosticState();
  const { advice, target, targetChosen, whereToStart, result } = useDiagnosticAnalysis();
  const edit = useEditDiagnostic();

  return (
    <div className="target">
      <section aria-labelledby="advisor-title" className="advisor">
        <h3 id="advisor-title">Which level should they aim for?</h3>
        <p className="muted">Closer is not always better: tighter integration pays off only where the business needs it.</p>
        {ADVISOR_QUESTIONS.map((q) => (
          <fieldset key={q.id} className="advisor__question">
            <legend>{q.question}</legend>
            {q.options.map((o) => (
              <label key={o.value} className="radio">
                <input
                  type="radio"
                  name={`advisor-${q.id}`}
                  value={o.value}
                  checked={state.advisor[q.id] === o.value}
                  onChange={() => edit((s) => setAdvisorAnswer(s, q.id, o.value))}
                />
                {o.label}
              </label>
            ))}
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="suggestion-title" className="suggestion">
        <h3 id="suggestion-title">Suggested target: {advice.level}</h3>
        <ul>
          {advice.rationale.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <fieldset className="target__choice">
          <legend>Target level for this workshop</legend>
          <label className="radio">
            <input type="radio" name="target" checked={!targetChosen} onChange={() => edit((s) => setTargetLevel(s, null))} />
            Follow the suggestion ({advice.level})
          </label>
          {TARGETS.map((level) => (
            <label key={level} className="radio">
              <input type="radio" name="target" checked={targetChosen && target === level} onChange={() => edit((s) => setTargetLevel(s, level))} />
              {level}: {LEVEL_BANDS.find((b) => b.level === level)!.summary}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="recommendations-title">
        <h3 id="recommendations-title">Recommendations</h3>
        {!result.overall.level ? (
          <p>Recommendations appear once sales or marketing participants have completed the diagnostic.</p>
        ) : (
          <>
            <p>
              From <strong>{result.overall.level}</strong> ({result.overall.mean?.toFixed(1)}) towards <strong>{target}</strong>:
            </p>
            <Recommendations split={whereToStart} />
          </>
        )}
      </section>
    </div>
  );
}
