// Which screen is showing. Routes are state, not URLs: the URL fragment carries the bridge token.
import type { AppCommand } from '../../../shared/ipc/commands';
import type { SliceCreator } from './appStore';

export type Route = { name: 'home' } | { name: 'workshop'; id: string };

export interface NavigationSlice {
  route: Route;
  /** The new-workshop dialog is open (on the home screen). */
  creatingWorkshop: boolean;
  setCreatingWorkshop(open: boolean): void;
  runCommand(command: AppCommand): void;
  goHome(): void;
  openWorkshop(id: string): Promise<void>;
}

export const createNavigationSlice: SliceCreator<NavigationSlice> = (set, get) => ({
  route: { name: 'home' },
  creatingWorkshop: false,
  setCreatingWorkshop: (open) => set({ creatingWorkshop: open }),
  runCommand(command) {
    if (command === 'go-home') get().goHome();
    else if (command === 'new-workshop') {
      if (get().route.name !== 'home') get().goHome();
      set({ creatingWorkshop: true });
    }
  },
  goHome() {
    set({ route: { name: 'home' }, current: null });
    void get().loadWorkshops();
  },
  async openWorkshop(id) {
    set({ route: { name: 'workshop', id }, current: null, currentError: null });
    const result = await get().api.getWorkshop({ id });
    if (get().route.name !== 'workshop') return;
    if (result.ok) set({ current: result.value });
    else set({ currentError: result.error.message });
  },
});
