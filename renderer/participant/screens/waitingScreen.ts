// What a phone shows between activities, or while the room works on something phones do not
// take part in: who you are, and that the page moves on by itself.
import { h } from '../dom';

export interface WaitingScreenProps {
  heading: string;
  detail: string;
}

export function waitingScreen({ heading, detail }: WaitingScreenProps): HTMLElement {
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'waiting-title' } },
    h('h1', { attrs: { id: 'waiting-title', tabindex: -1 } }, heading),
    h('p', {}, detail),
    h('p', { class: 'muted' }, 'This page changes by itself when the facilitator opens the next activity. You can lock your phone meanwhile.'),
  );
}
