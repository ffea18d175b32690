// What the room screen shows beyond the workshop itself: how far the diagnostic's results are
// revealed, and the presenter on a second screen (open or not, and the link that feeds it).
import type { Turn } from '../../../shared/ipc/presenter';
import { stepReveal, type RevealStep } from '../../../shared/presenter/scene';
import { createPresenterLink, type PresenterLink } from '../presenter/presenterLink';
import type { SliceCreator } from './storeTypes';

export interface PresenterSlice {
  /** How much of the diagnostic's results the room sees; the facilitator steps through it. */
  reveal: RevealStep;
  setReveal(step: RevealStep): void;
  stepReveal(delta: Turn): void;
  /** The presenter is open in a window of its own (second screen). */
  secondScreen: boolean;
  presenterLink: PresenterLink | null;
  openSecondScreen(): Promise<void>;
  closeSecondScreen(): void;
  /** The next or previous page on the second screen (an area of a full board, the handoff table…). */
  turnSecondScreen(delta: Turn): void;
}

export const createPresenterSlice: SliceCreator<PresenterSlice> = (set, get) => ({
  reveal: 'none',
  setReveal: (reveal) => set({ reveal }),
  stepReveal: (delta) => set({ reveal: stepReveal(get().reveal, delta) }),
  secondScreen: false,
  presenterLink: null,
  async openSecondScreen() {
    let link = get().presenterLink;
    if (!link) {
      link = createPresenterLink(get().api);
      link.onClosed(() => set({ secondScreen: false }));
      set({ presenterLink: link });
    }
    const error = await link.open();
    if (error) get().notify('error', error);
    else set({ secondScreen: true, presenter: false });
  },
  closeSecondScreen() {
    get().presenterLink?.close();
    set({ secondScreen: false });
  },
  turnSecondScreen: (delta) => get().presenterLink?.turn(delta),
});
