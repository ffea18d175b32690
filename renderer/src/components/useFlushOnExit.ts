// Unsaved changes are written before the window closes or the tab goes to the background. In
// Electron a cancelled beforeunload quietly keeps the window open, so it closes itself once the
// save is done; a browser asks the user instead, which gives the save time to finish. A change
// that cannot be saved holds the window open once, with the reason; closing again discards it.
import { useEffect } from 'react';
import { useStoreApi } from '../store/appStore';

export function useFlushOnExit(): void {
  const store = useStoreApi();

  useEffect(() => {
    let warned = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const { saveStatus, saveError, flushSave, notify, api } = store.getState();
      if (saveStatus === 'saved') return;
      if (saveStatus === 'error') {
        if (warned) return;
        warned = true;
        event.preventDefault();
        notify('error', `Not saved: ${saveError ?? 'unknown error'}. Close again to discard the unsaved change.`);
        return;
      }
      event.preventDefault();
      void flushSave().then(() => {
        if (api.shell === 'electron' && store.getState().saveStatus === 'saved') window.close();
      });
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void store.getState().flushSave();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [store]);
}
