// The first screen on a phone: the join code (filled in from the QR code), the team, an optional
// name, which the laptop never shows when the workshop hides names, and an optional role.
import { DIAGNOSTIC_TEAMS, PARTICIPANT_ROLES, ROLE_LABELS, TEAM_LABELS, type DiagnosticTeam, type ParticipantRole } from '../../../shared/diagnostic/model';
import { h, uid } from '../dom';

interface Choice<T> {
  value: T;
  label: string;
  class?: string;
}

const TEAM_CHOICES: Choice<DiagnosticTeam>[] = DIAGNOSTIC_TEAMS.map((value) => ({
  value,
  label: value === 'other' ? `${TEAM_LABELS.other} (leadership, guests)` : TEAM_LABELS[value],
  class: `choice--${value}`,
}));

export interface JoinForm {
  code: string;
  team: DiagnosticTeam | null;
  name: string;
  role: ParticipantRole | null;
}

/** The role choices; "not saying" is the unset role, chosen until another is. */
const ROLE_CHOICES: Choice<ParticipantRole | null>[] = [...PARTICIPANT_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })), { value: null, label: 'Not saying' }];

export interface JoinScreenProps {
  form: JoinForm;
  /** The code came with the address: no need to show the field. */
  codeFromLink: boolean;
  busy: boolean;
  error: string | null;
  /** What changed: typing is not re-rendered, so the form this screen was drawn with may be behind. */
  onChange(patch: Partial<JoinForm>): void;
  onJoin(): void;
}

export const NAME_MAX = 80;
export const CODE_MAX = 12;

export function joinScreen(props: JoinScreenProps): HTMLElement {
  const { form } = props;
  const codeId = uid('code');
  const nameId = uid('name');
  const errorId = uid('error');
  const nameHintId = uid('name-hint');

  return h(
    'form',
    {
      attrs: { 'aria-labelledby': 'join-title', novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          props.onJoin();
        },
      },
    },
    h('h1', { attrs: { id: 'join-title', tabindex: -1 } }, 'Join the workshop'),
    h('p', { class: 'muted' }, 'Your answers and notes go to the facilitator’s laptop in this room, nowhere else.'),
    props.codeFromLink
      ? null
      : h(
          'div',
          { class: 'field' },
          h('label', { attrs: { for: codeId } }, 'Join code'),
          h('input', {
            key: 'code',
            attrs: { id: codeId, type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: CODE_MAX, inputmode: 'text', 'aria-describedby': props.error ? errorId : null },
            props: { value: form.code },
            on: { input: (e) => props.onChange({ code: (e.target as HTMLInputElement).value }) },
          }),
        ),
    radioGroup('Your team', 'team', TEAM_CHOICES, form.team, (team) => props.onChange({ team })),
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: nameId } }, 'Your name (optional)'),
      h('input', {
        key: 'name',
        attrs: { id: nameId, type: 'text', autocomplete: 'given-name', maxlength: NAME_MAX, 'aria-describedby': nameHintId },
        props: { value: form.name },
        on: { input: (e) => props.onChange({ name: (e.target as HTMLInputElement).value }) },
      }),
      h('p', { class: 'muted', attrs: { id: nameHintId } }, 'Shown with your notes, unless the facilitator hides names.'),
    ),
    radioGroup('Your role (optional)', 'role', ROLE_CHOICES, form.role, (role) => props.onChange({ role })),
    props.error ? h('p', { class: 'banner banner--error', attrs: { id: errorId, role: 'alert' } }, props.error) : null,
    h(
      'button',
      { class: 'button button--primary button--wide', key: 'join', attrs: { type: 'submit', disabled: props.busy } },
      props.busy ? 'Joining…' : 'Join',
    ),
  );
}

/** A fieldset of radio buttons; a null value stands for "none of these" and is chosen while unset. */
function radioGroup<T extends string | null>(legend: string, name: string, choices: Choice<T>[], checked: T, onPick: (value: T) => void): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, legend),
    h(
      'div',
      { class: 'choices' },
      ...choices.map((choice) =>
        h(
          'label',
          { class: choice.class ? `choice ${choice.class}` : 'choice' },
          h('input', {
            key: `${name}-${choice.value ?? 'none'}`,
            attrs: { type: 'radio', name, value: choice.value ?? '' },
            props: { checked: checked === choice.value },
            on: { change: () => onPick(choice.value) },
          }),
          choice.label,
        ),
      ),
    ),
  );
}
