// Which screen is showing, and moving around a workshop: current activity, presenter view, timer
// and undo commands from keys or the native menu. Routes are state, not URLs: the URL fragment
// carries the bridge token.
import { runTimer, selectActivity, type TimerAction } from '../../../shared/agenda/edits';
import { isRunning } from '../../../shared/agenda/timer';
import type { AppCommand } from '../../../shared/ipc/commands';
import { historyOf, type SliceCreator } from './storeTypes';

export type Route = { name: 'home' } | { name: 'workshop'; id: string } | { name: 'templates' } | { name: 'template'; id: string };

export interface NavigationSlice {
  route: Route;
  /** Set while a participant holds the laptop: global shortcuts and navigation are off. */
  lockedMode: 'pass-the-laptop' | null;
  setLockedMode(mode: 'pass-the-laptop' | null): void;
  /** The agenda side bar folded to a narrow rail, so a board gets the width of the window. */
  agendaHidden: boolean;
  toggleAgenda(): void;
  /** The clean full-screen view of the current activity for the room. */
  presenter: boolean;
  setPresenter(on: boolean): void;
  /** The new-workshop dialog is open (on the home screen). */
  creatingWorkshop: boolean;
  setCreatingWorkshop(open: boolean): void;
  runCommand(command: AppCommand): void;
  goHome(): void;
  openWorkshop(id: string): Promise<void>;
  showTemplates(): void;
  editTemplate(id: string): void;
  /** The new-workshop dialog opens with this template chosen. */
  newWorkshopTemplateId: string | null;
  newWorkshopFrom(templateId: string | null): void;
  /** The report and export page of the open workshop is showing. */
  reportOpen: boolean;
  openReport(): void;
  /** null shows the workshop's own page (details, and the diagnostic when it is not on the agenda). */
  selectActivity(id: string | null): void;
  stepActivity(delta: 1 | -1): void;
  /** Starts, pauses, resets or extends an activity's timer; starting it marks the activity running. */
  runTimer(activityId: string, action: TimerAction): void;
  toggleTimer(): void;
  /** P: presenter view on or off (one place, called by the key handler, the menu and the view). */
  togglePresenter(): void;
}

export const createNavigationSlice: SliceCreator<NavigationSlice> = (set, get, store) => ({
  route: { name: 'home' },
  lockedMode: null,
  setLockedMode: (mode) => set({ lockedMode: mode }),
  agendaHidden: false,
  toggleAgenda: () => set({ agendaHidden: !get().agendaHidden }),
  presenter: false,
  setPresenter: (on) => set({ presenter: on }),
  reportOpen: false,
  openReport: () => set({ reportOpen: true, presenter: false }),
  creatingWorkshop: false,
  setCreatingWorkshop: (open) => set({ creatingWorkshop: open, ...(open ? {} : { newWorkshopTemplateId: null }) }),
  newWorkshopTemplateId: null,
  newWorkshopFrom(templateId) {
    if (get().route.name !== 'home') get().goHome();
    set({ creatingWorkshop: true, newWorkshopTemplateId: templateId });
  },
  showTemplates() {
    const leave = get().route.name === 'workshop' ? get().closeWorkshop() : Promise.resolve();
    void leave.then(() => {
      if (get().current) return;
      set({ route: { name: 'templates' }, presenter: false });
      void get().loadTemplates();
    });
  },
  editTemplate: (id) => set({ route: { name: 'template', id } }),

  runCommand(command) {
    if (get().lockedMode) return;
    const inWorkshop = get().route.name === 'workshop' && get().current !== null;
    switch (command) {
      case 'go-home':
        return get().goHome();
      case 'templates':
        return get().showTemplates();
      case 'new-workshop':
        if (get().route.name !== 'home') get().goHome();
        return set({ creatingWorkshop: true });
      case 'undo':
      case 'redo':
        return inWorkshop ? get()[command]() : undefined;
      case 'presenter':
        return inWorkshop ? get().togglePresenter() : undefined;
      case 'next-activity':
        return inWorkshop ? get().stepActivity(1) : undefined;
      case 'previous-activity':
        return inWorkshop ? get().stepActivity(-1) : undefined;
      case 'toggle-timer':
        return inWorkshop ? get().toggleTimer() : undefined;
    }
  },

  goHome() {
    set({ presenter: false });
    void get()
      .closeWorkshop()
      .then(() => {
        // A workshop whose changes could not be saved stays open, showing why.
        if (get().current) return;
        set({ route: { name: 'home' } });
        void get().loadWorkshops();
      });
  },

  async openWorkshop(id) {
    set({ route: { name: 'workshop', id }, presenter: false, reportOpen: false });
    await get().loadWorkshop(id);
  },

  selectActivity(id) {
    set({ reportOpen: false });
    get().editRuntime((runtime) => selectActivity(runtime, id));
  },

  stepActivity(delta) {
    const doc = get().current;
    if (!doc || doc.agenda.length === 0) return;
    const index = doc.agenda.findIndex((a) => a.id === doc.runtime.currentActivityId);
    const next = index < 0 ? (delta > 0 ? 0 : doc.agenda.length - 1) : Math.max(0, Math.min(doc.agenda.length - 1, index + delta));
    get().selectActivity(doc.agenda[next]!.id);
  },

  runTimer(activityId, action) {
    const doc = get().current;
    if (!doc) return;
    const next = runTimer(doc.agenda, doc.runtime, activityId, action, Date.now());
    if (next.agenda === doc.agenda) return get().editRuntime(() => next.runtime);
    // The status follows the timer: like the timer, not an undo step of its own.
    const history = historyOf(store).getState();
    history.pause();
    try {
      get().editWorkshop((d) => ({ ...d, ...next }));
    } finally {
      history.resume();
    }
  },

  toggleTimer() {
    const doc = get().current;
    const id = doc?.runtime.currentActivityId;
    if (!doc || !id || !doc.agenda.some((a) => a.id === id)) return;
    get().runTimer(id, isRunning(doc.runtime.timers[id]) ? 'pause' : 'start');
  },

  togglePresenter: () => set({ presenter: !get().presenter }),
});
