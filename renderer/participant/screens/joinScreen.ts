// The first screen on a phone: the join code (filled in from the QR code), the team, an optional
// name, which the laptop never shows when the workshop hides names, and an optional role.
import { DIAGNOSTIC_TEAMS, PARTICIPANT_ROLES, ROLE_LABELS, TEAM_LABELS, type DiagnosticTeam, type ParticipantRole } from '../../../shared/diagnostic/model';
import { h, uid } from '../dom';

const TEAM_CHOICES = DIAGNOSTIC_TEAMS.map((value) => ({ value, label: value === 'other' ? `${TEAM_LABELS.other} (leadership, guests)` : TEAM_LABELS[value] }));

export interface JoinForm {
  code: string;
  team: DiagnosticTeam | null;
  name: string;
  role: ParticipantRole | null;
}

/** The role choices; "not saying" is the unset role, chosen until another is. */
const ROLE_CHOICES: { value: ParticipantRole | null; label: string }[] = [...PARTICIPANT_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })), { value: null, label: 'Not saying' }];

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
  const change = (patch: Partial<JoinForm>) => props.onChange(patch);

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
            on: { input: (e) => change({ code: (e.target as HTMLInputElement).value }) },
          }),
        ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Your team'),
      h(
        'div',
        { class: 'choices' },
        ...TEAM_CHOICES.map((team) =>
          h(
            'label',
            { class: `choice choice--${team.value}` },
            h('input', {
              key: `team-${team.value}`,
              attrs: { type: 'radio', name: 'team', value: team.value },
              props: { checked: form.team === team.value },
              on: { change: () => change({ team: team.value }) },
            }),
            team.label,
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: nameId } }, 'Your name (optional)'),
      h('input', {
        key: 'name',
        attrs: { id: nameId, type: 'text', autocomplete: 'given-name', maxlength: NAME_MAX, 'aria-describedby': nameHintId },
        props: { value: form.name },
        on: { input: (e) => change({ name: (e.target as HTMLInputElement).value }) },
      }),
      h('p', { class: 'muted', attrs: { id: nameHintId } }, 'Shown with your notes, unless the facilitator hides names.'),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Your role (optional)'),
      h(
        'div',
        { class: 'choices' },
        ...ROLE_CHOICES.map((role) =>
          h(
            'label',
            { class: 'choice' },
            h('input', {
              key: `role-${role.value ?? 'none'}`,
              attrs: { type: 'radio', name: 'role', value: role.value ?? '' },
              props: { checked: form.role === role.value },
              on: { change: () => change({ role: role.value }) },
            }),
            role.label,
          ),
        ),
      ),
    ),
    props.error ? h('p', { class: 'banner banner--error', attrs: { id: errorId, role: 'alert' } }, props.error) : null,
    h(
      'button',
      { class: 'button button--primary button--wide', key: 'join', attrs: { type: 'submit', disabled: props.busy } },
      props.busy ? 'Joining…' : 'Join',
    ),
  );
}
