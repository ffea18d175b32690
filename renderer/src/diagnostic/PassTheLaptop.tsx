// Pass-the-laptop mode: one person at a time picks a team, answers the statements privately with
// large buttons or keys 1–5, and submits; then a hand-over screen shows nothing of their answers.
// Leaving the mode needs a deliberate facilitator action, so a participant cannot wander off.
import { useId, useState, type KeyboardEvent } from 'react';
import { addParticipant, blankAnswers } from '../../../shared/diagnostic/edits';
import { DIAGNOSTIC_TEAMS, MIN_ANSWERED, STATEMENT_COUNT, TEAM_LABELS, type Answer, type DiagnosticTeam } from '../../../shared/diagnostic/model';
import { ANSWER_SCALE, STATEMENTS } from '../../../shared/diagnostic/statements';
import { HandoverPanel, LaptopShell, useFocusHeading } from '../components/LaptopShell';
import { useEditDiagnostic } from './useDiagnostic';
import { newItemId } from '../workshop/useWorkshop';

type Step = { name: 'start' } | { name: 'answer'; index: number } | { name: 'review' } | { name: 'handover' };

export function PassTheLaptop({ onExit }: { onExit(): void }) {
  const edit = useEditDiagnostic();
  const [step, setStep] = useState<Step>({ name: 'start' });
  const [team, setTeam] = useState<DiagnosticTeam | null>(null);
  const [name, setName] = useState('');
  const [answers, setAnswers] = useState<Answer[]>(blankAnswers);
  const nameId = useId();
  const headingId = useId();
  useFocusHeading(headingId, step);

  function answer(index: number, value: Answer) {
    setAnswers((a) => a.map((v, i) => (i === index ? value : v)));
    setStep(index + 1 < STATEMENT_COUNT ? { name: 'answer', index: index + 1 } : { name: 'review' });
  }

  function back(index: number) {
    setStep(index > 0 ? { name: 'answer', index: index - 1 } : { name: 'start' });
  }

  function submit() {
    edit((s) => addParticipant(s, { id: newItemId(), name, team: team!, answers }));
    setTeam(null);
    setName('');
    setAnswers(blankAnswers());
    setStep({ name: 'handover' });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (step.name !== 'answer' || event.target instanceof HTMLInputElement) return;
    if (/^[1-5]$/.test(event.key)) answer(step.index, Number(event.key) as Answer);
    else if (event.key === '0' || event.key.toLowerCase() === 's') answer(step.index, null);
    else if (event.key === 'Backspace' || event.key === 'ArrowLeft') back(step.index);
    else return;
    event.preventDefault();
  }

  const answered = answers.filter((a) => a !== null).length;

  return (
    <LaptopShell
      labelledBy={headingId}
      exitWarning={step.name === 'answer' || step.name === 'review' ? 'The answers in progress are discarded.' : undefined}
      onExit={onExit}
      onKeyDown={onKeyDown}
    >
        {step.name === 'start' && (
          <div className="pass-mode__panel">
            <h2 id={headingId} tabIndex={-1} className="pass-mode__title">
              Your turn: the alignment diagnostic
            </h2>
            <p className="pass-mode__lead">
              Rate 20 statements about how sales and marketing work together. Your answers stay private: the next person sees none of them.
            </p>
            <fieldset className="pass-mode__teams">
              <legend>Which team are you in?</legend>
              {DIAGNOSTIC_TEAMS.map((t) => (
                <button
                  key={t}
                  type="button"
                  className={`pass-mode__team team-border--${t}`}
                  aria-pressed={team === t}
                  onClick={() => setTeam(t)}
                >
                  {t === 'other' ? 'Other (leadership, guest)' : TEAM_LABELS[t]}
                </button>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor={nameId} className="field__label">
                Your name (optional)
              </label>
              <input id={nameId} className="field__input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
            </div>
            <button type="button" className="button button--primary button--large" disabled={!team} onClick={() => setStep({ name: 'answer', index: 0 })}>
              Start
            </button>
          </div>
        )}

        {step.name === 'answer' && (
          <div className="pass-mode__panel">
            <p className="pass-mode__progress">
              Statement {step.index + 1} of {STATEMENT_COUNT}
              <progress max={STATEMENT_COUNT} value={step.index} aria-hidden="true" />
            </p>
            <h2 id={headingId} tabIndex={-1} className="pass-mode__statement">
              {STATEMENTS[step.index]!.text}
            </h2>
            <div className="pass-mode__scale" role="group" aria-label="Your rating">
              {ANSWER_SCALE.map((s) => (
                <button
                  key={s.value}
                  type="button"
                  className="pass-mode__rating"
                  aria-pressed={answers[step.index] === s.value}
                  onClick={() => answer(step.index, s.value)}
                >
                  <span className="pass-mode__rating-value">{s.value}</span>
                  <span className="pass-mode__rating-label">{s.label}</span>
                </button>
              ))}
            </div>
            <div className="pass-mode__nav">
              <button type="button" className="button" onClick={() => back(step.index)}>
                ← Back
              </button>
              <button type="button" className="button" onClick={() => answer(step.index, null)}>
                Skip this one
              </button>
            </div>
            <p className="muted">Keys: 1–5 to answer, 0 to skip, Backspace to go back.</p>
          </div>
        )}

        {step.name === 'review' && (
          <div className="pass-mode__panel">
            <h2 id={headingId} tabIndex={-1} className="pass-mode__title">
              Ready to submit?
            </h2>
            <p className="pass-mode__lead">
              You answered {answered} of {STATEMENT_COUNT} statements.
            </p>
            {answered < MIN_ANSWERED && (
              <p className="banner banner--warning">
                With fewer than {MIN_ANSWERED} answers your ratings will not be counted. Go back to answer more, or submit anyway.
              </p>
            )}
            <div className="pass-mode__nav">
              <button type="button" className="button" onClick={() => setStep({ name: 'answer', index: STATEMENT_COUNT - 1 })}>
                ← Back
              </button>
              <button type="button" className="button button--primary button--large" onClick={submit}>
                Submit my answers
              </button>
            </div>
          </div>
        )}

        {step.name === 'handover' && <HandoverPanel headingId={headingId} thanks="Thank you — your answers are in." onNext={() => setStep({ name: 'start' })} />}
    </LaptopShell>
  );
}
