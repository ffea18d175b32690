// The facilitator's controls for what the room sees: the presenter on a second screen (open,
// close, page), and for the diagnostic how far its results are revealed (R / Shift+R).
import { useEffect } from 'react';
import type { ActivityKind } from '../../../shared/agenda/kinds';
import { REVEAL_LABELS, REVEAL_STEPS } from '../../../shared/presenter/scene';
import { isTypingTarget } from '../keyboard/shortcuts';
import { useAppStore, useStoreApi } from '../store/appStore';

function useRevealKeys(active: boolean) {
  const store = useStoreApi();
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'r' && event.key !== 'R') return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (store.getState().lockedMode || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      store.getState().stepReveal(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, store]);
}

export function RoomScreenControls({ kind }: { kind: ActivityKind }) {
  const reveal = useAppStore((s) => s.reveal);
  const setReveal = useAppStore((s) => s.setReveal);
  const secondScreen = useAppStore((s) => s.secondScreen);
  const openSecondScreen = useAppStore((s) => s.openSecondScreen);
  const closeSecondScreen = useAppStore((s) => s.closeSecondScreen);
  const turn = useAppStore((s) => s.turnSecondScreen);
  const diagnostic = kind === 'diagnostic';
  useRevealKeys(diagnostic);

  return (
    <div className="room-controls" role="group" aria-label="Room screen">
      {secondScreen ? (
        <>
          <button type="button" className="button" onClick={closeSecondScreen}>
            Close second screen
          </button>
          <button type="button" className="button" onClick={() => turn(-1)} aria-label="Room screen: previous page">
            ◀ Page
          </button>
          <button type="button" className="button" onClick={() => turn(1)} aria-label="Room screen: next page">
            Page ▶
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={() => void openSecondScreen()}>
          Present on second screen
        </button>
      )}
      {diagnostic && (
        <div className="segmented" role="radiogroup" aria-label="Results the room sees" aria-keyshortcuts="R Shift+R">
          {REVEAL_STEPS.map((step) => (
            <button key={step} type="button" role="radio" aria-checked={reveal === step} className="segmented__option" onClick={() => setReveal(step)}>
              {REVEAL_LABELS[step]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
