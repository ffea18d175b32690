// Dot voting on a phone: the revealed notes by area, grouped under their themes, with − and + on
// each; the dots left are always in view, and dots can be moved until voting closes.
import { h } from '../dom';

export interface VoteNote {
  id: string;
  areaId: string;
  themeId: string | null;
  text: string;
  team: string;
  teamLabel: string;
}

export interface VotingScreenProps {
  title: string;
  areas: readonly { id: string; title: string }[];
  themes: readonly { id: string; areaId: string; name: string }[];
  notes: readonly VoteNote[];
  budget: number;
  /** Note ids, repeated for several dots on one note. */
  votes: readonly string[];
  closed: boolean;
  onVote(noteId: string, change: 1 | -1): void;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function noteItem(props: VotingScreenProps, note: VoteNote, left: number): HTMLElement {
  const mine = props.votes.filter((v) => v === note.id).length;
  const short = note.text.slice(0, 60);
  return h(
    'li',
    { class: `card card--${note.team}` },
    h('p', { class: 'card__meta' }, note.teamLabel),
    h('p', { class: 'card__text' }, note.text),
    h(
      'div',
      { class: 'card__actions' },
      h(
        'button',
        { class: 'button', key: `less-${note.id}`, attrs: { type: 'button', 'aria-label': `Take a dot off: ${short}`, disabled: props.closed || mine === 0 }, on: { click: () => props.onVote(note.id, -1) } },
        '−',
      ),
      h('span', { class: 'dots', attrs: { 'aria-live': 'polite' } }, mine === 0 ? 'no dots' : `${'●'.repeat(Math.min(mine, 5))} ${mine}`),
      h(
        'button',
        { class: 'button button--primary', key: `more-${note.id}`, attrs: { type: 'button', 'aria-label': `Put a dot on: ${short}`, disabled: props.closed || left === 0 }, on: { click: () => props.onVote(note.id, 1) } },
        '+',
      ),
    ),
  );
}

export function votingScreen(props: VotingScreenProps): HTMLElement {
  const left = Math.max(0, props.budget - props.votes.length);
  const sections = props.areas.flatMap((area) => {
    const notes = props.notes.filter((n) => n.areaId === area.id);
    if (notes.length === 0) return [];
    const themes = props.themes.filter((t) => t.areaId === area.id && notes.some((n) => n.themeId === t.id));
    const loose = notes.filter((n) => !n.themeId || !themes.some((t) => t.id === n.themeId));
    return [
      h(
        'section',
        { attrs: { 'aria-label': area.title } },
        h('h2', {}, area.title),
        ...themes.map((theme) =>
          h(
            'div',
            {},
            h('h3', {}, `Theme: ${theme.name}`),
            h('ul', { class: 'card-list' }, ...notes.filter((n) => n.themeId === theme.id).map((n) => noteItem(props, n, left))),
          ),
        ),
        loose.length > 0 ? h('ul', { class: 'card-list' }, ...loose.map((n) => noteItem(props, n, left))) : null,
      ),
    ];
  });

  return h(
    'section',
    { attrs: { 'aria-labelledby': 'voting-title' } },
    h('h1', { attrs: { id: 'voting-title', tabindex: -1 } }, props.title),
    h(
      'p',
      { class: 'sticky-bar', attrs: { role: 'status' } },
      props.closed
        ? 'Voting is closed. Thank you.'
        : left === 0
          ? `All ${plural(props.budget, 'dot')} placed. Take one off to move it.`
          : `${plural(left, 'dot')} left of ${props.budget}. You can put several on one note.`,
    ),
    ...(sections.length > 0 ? sections : [h('p', {}, 'There is nothing to vote on yet.')]),
  );
}
