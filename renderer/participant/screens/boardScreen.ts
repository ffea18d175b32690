// A board on a phone: two tabs, writing notes and voting on the revealed ones. The page opens the
// one that fits (writing while notes are private, voting once they are revealed); the person can
// switch.
import { h } from '../dom';
import { notesScreen, type NotesScreenProps } from './notesScreen';
import { votingScreen, type VotingScreenProps } from './votingScreen';
import { NOTE_TEAM_LABELS } from '../../../shared/board/noteBasics';
import type { PublicNote } from '../../../shared/room/view';

export type BoardTab = 'write' | 'vote';

export interface BoardScreenProps {
  tab: BoardTab;
  onTab(tab: BoardTab): void;
  write: NotesScreenProps;
  vote: Omit<VotingScreenProps, 'notes'> & { notes: readonly PublicNote[] };
}

export function boardScreen(props: BoardScreenProps): HTMLElement {
  const tabButton = (tab: BoardTab, label: string) =>
    h('button', { class: 'button', key: `tab-${tab}`, attrs: { type: 'button', 'aria-pressed': props.tab === tab ? 'true' : 'false' }, on: { click: () => props.onTab(tab) } }, label);
  const left = Math.max(0, props.vote.budget - props.vote.votes.length);
  return h(
    'div',
    {},
    h('nav', { class: 'nav tabs', attrs: { 'aria-label': 'Write or vote' } }, tabButton('write', 'Write notes'), tabButton('vote', `Vote (${left} left)`)),
    props.tab === 'write'
      ? notesScreen(props.write)
      : votingScreen({ ...props.vote, notes: props.vote.notes.map((n) => ({ id: n.id, areaId: n.areaId, themeId: n.themeId, text: n.text, team: n.team, teamLabel: NOTE_TEAM_LABELS[n.team] + (n.author ? ` · ${n.author}` : '') })) }),
  );
}
