// The diagnostic on a phone: one statement a screen with five large buttons, skip and back, then a
// review of all twenty with a submit button. Answers stay changeable until the facilitator closes it.
import { STATEMENT_COUNT, type Answer } from '../../../shared/diagnostic/model';
import { ANSWER_SCALE, STATEMENTS } from '../../../shared/diagnostic/statements';
import { h } from '../dom';

/** Which statement is on screen (0–19), or the review of all answers. */
export type DiagnosticStep = number | 'review';

export interface DiagnosticScreenProps {
  title: string;
  answers: readonly Answer[];
  step: DiagnosticStep;
  /** Sent at least once: changes now go straight to the laptop. */
  submitted: boolean;
  /** The facilitator closed entry: answers can be read, not changed. */
  closed: boolean;
  onAnswer(index: number, answer: Answer): void;
  onStep(step: DiagnosticStep): void;
  onSubmit(): void;
}

const answeredCount = (answers: readonly Answer[]) => answers.filter((a) => a !== null).length;

function progress(answers: readonly Answer[]): HTMLElement {
  const done = answeredCount(answers);
  return h(
    'p',
    { class: 'progress' },
    `${done} of ${STATEMENT_COUNT} answered`,
    h('progress', { class: 'progress__bar', attrs: { max: STATEMENT_COUNT, value: done, 'aria-hidden': 'true' } }),
  );
}

function statementStep(props: DiagnosticScreenProps, index: number): HTMLElement {
  const statement = STATEMENTS[index]!;
  const current = props.answers[index] ?? null;
  const next = (): DiagnosticStep => (index + 1 < STATEMENT_COUNT ? index + 1 : 'review');
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'statement-title' } },
    h('h1', { attrs: { id: 'statement-title', tabindex: -1 } }, `Statement ${index + 1} of ${STATEMENT_COUNT}`),
    progress(props.answers),
    h('p', { class: 'statement', attrs: { id: 'statement-text' } }, statement.text),
    h(
      'div',
      { class: 'scale', attrs: { role: 'group', 'aria-labelledby': 'statement-text' } },
      ...ANSWER_SCALE.map((point) =>
        h(
          'button',
          {
            class: 'button scale__button',
            key: `answer-${point.value}`,
            attrs: { type: 'button', 'aria-pressed': current === point.value ? 'true' : 'false', disabled: props.closed },
            on: {
              click: () => {
                props.onAnswer(index, point.value);
                props.onStep(next());
              },
            },
          },
          h('span', { class: 'scale__number', attrs: { 'aria-hidden': 'true' } }, point.value),
          h('span', {}, point.label),
          h('span', { class: 'visually-hidden' }, ` (${point.value})`),
        ),
      ),
    ),
    h(
      'div',
      { class: 'nav' },
      h('button', { class: 'button', key: 'back', attrs: { type: 'button', disabled: index === 0 }, on: { click: () => props.onStep(index - 1) } }, 'Back'),
      h('button', { class: 'button', key: 'skip', attrs: { type: 'button' }, on: { click: () => props.onStep(next()) } }, current === null ? 'Skip' : 'Next'),
      h('button', { class: 'button', key: 'review', attrs: { type: 'button' }, on: { click: () => props.onStep('review') } }, 'Review'),
    ),
  );
}

function reviewStep(props: DiagnosticScreenProps): HTMLElement {
  const done = answeredCount(props.answers);
  const skipped = STATEMENT_COUNT - done;
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'review-title' } },
    h('h1', { attrs: { id: 'review-title', tabindex: -1 } }, props.closed ? 'The diagnostic is closed' : props.submitted ? 'Your answers are in' : 'Check and submit'),
    progress(props.answers),
    props.closed
      ? h('p', {}, 'The facilitator has closed the diagnostic. Thank you.')
      : props.submitted
        ? h('p', {}, 'Thank you. You can still change an answer until the facilitator closes the diagnostic.')
        : h('p', {}, skipped > 0 ? `You skipped ${skipped}. Tap a number to go back to it, or submit as it is.` : 'Tap a number to change an answer.'),
    h(
      'ol',
      { class: 'overview', attrs: { 'aria-label': 'Your answers' } },
      ...props.answers.map((answer, i) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              class: 'button',
              key: `go-${i}`,
              attrs: {
                type: 'button',
                'data-answered': answer !== null ? 'true' : 'false',
                'aria-label': `Statement ${i + 1}: ${answer === null ? 'not answered' : `${answer}, ${ANSWER_SCALE[answer - 1]!.label}`}`,
                disabled: props.closed,
              },
              on: { click: () => props.onStep(i) },
            },
            `${i + 1}: ${answer ?? '–'}`,
          ),
        ),
      ),
    ),
    props.closed || props.submitted
      ? null
      : h(
          'button',
          { class: 'button button--primary button--wide', key: 'submit', attrs: { type: 'button', disabled: done === 0 }, on: { click: props.onSubmit } },
          'Submit my answers',
        ),
  );
}

export function diagnosticScreen(props: DiagnosticScreenProps): HTMLElement {
  return props.step === 'review' || props.closed ? reviewStep(props) : statementStep(props, props.step);
}
