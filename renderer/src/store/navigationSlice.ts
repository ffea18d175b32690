// Which screen is showing. Routes are state, not URLs: the URL fragment carries the bridge token.
import type { AppCommand } from '../../../shared/ipc/commands';
import type { SliceCreator } from './appStore';

export type Route = { name: 'home' } | { name: 'workshop'; id: string };
export type WorkshopSection = 'overview' | 'diagnostic';

export interface NavigationSlice {
  route: Route;
  workshopSection: WorkshopSection;
  showWorkshopSection(section: WorkshopSection): void;
  /** Set while a participant holds the laptop: global shortcuts and navigation are off. */
  lockedMode: 'pass-the-laptop' | null;
  setLockedMode(mode: 'pass-the-laptop' | null): void;
  /** The new-workshop dialog is open (on the home screen). */
  creatingWorkshop: boolean;
  setCreatingWorkshop(open: boolean): void;
  runCommand(command: AppCommand): void;
  goHome(): void;
  openWorkshop(id: string): Promise<void>;
}

export const createNavigationSlice: SliceCreator<NavigationSlice> = (set, get) => ({
  route: { name: 'home' },
  workshopSection: 'overview',
  showWorkshopSection: (section) => set({ workshopSection: section }),
  lockedMode: null,
  setLockedMode: (mode) => set({ lockedMode: mode }),
  creatingWorkshop: false,
  setCreatingWorkshop: (open) => set({ creatingWorkshop: open }),
  runCommand(command) {
    if (get().lockedMode) return;
    if (command === 'go-home') get().goHome();
    else if (command === 'new-workshop') {
      if (get().route.name !== 'home') get().goHome();
      set({ creatingWorkshop: true });
    }
  },
  goHome() {
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
    set({ route: { name: 'workshop', id }, workshopSection: 'overview' });
    await get().loadWorkshop(id);
  },
});
