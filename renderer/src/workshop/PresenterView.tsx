// Presenter view in the facilitator's own window (P): full screen, what the room may see of the
// current activity (shared/presenter/scene.ts), no facilitator notes or controls. P or Esc
// closes it; [ and ] change activity; ← → page through a full board; R / Shift+R reveal the
// diagnostic's results a step further or back.
import { useEffect, useRef } from 'react';
import { PresenterStage } from '../presenter/PresenterStage';
import { turnForKey, usePaging } from '../presenter/usePaging';
import { usePresenterScene } from '../presenter/usePresenterScene';
import { useAppStore } from '../store/appStore';

export function PresenterView() {
  const setPresenter = useAppStore((s) => s.setPresenter);
  const togglePresenter = useAppStore((s) => s.togglePresenter);
  const stepActivity = useAppStore((s) => s.stepActivity);
  const stepReveal = useAppStore((s) => s.stepReveal);
  const scene = usePresenterScene();
  const { page, turn, onPageCount } = usePaging(scene?.activity?.id ?? null);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    // Focus on the dialog itself, so the room does not see a focus ring on the close button.
    dialog?.focus();
    // Full screen where the shell allows it; the view works the same inside a window.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      dialog?.close();
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  if (!scene) return null;
  return (
    <dialog
      ref={ref}
      className="fullscreen-dialog presenter"
      tabIndex={-1}
      aria-label={`Presenter view: ${scene.activity?.title ?? scene.workshopTitle}`}
      onCancel={(e) => {
        e.preventDefault();
        setPresenter(false);
      }}
      onKeyDown={(e) => {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        const delta = turnForKey(e.key);
        // Stops here so the window's own shortcut handler does not act on the same key again.
        e.stopPropagation();
        if (delta !== null) turn(delta);
        else if (e.key === 'p' || e.key === 'P') togglePresenter();
        else if (e.key === ']') stepActivity(1);
        else if (e.key === '[') stepActivity(-1);
        else if (e.key === 'r' || e.key === 'R') stepReveal(e.shiftKey ? -1 : 1);
        else return;
        e.preventDefault();
      }}
    >
      <PresenterStage scene={scene} page={page} onPageCount={onPageCount} />
      <button type="button" className="button button--quiet presenter__close" onClick={() => setPresenter(false)}>
        Close presenter view <kbd>P</kbd>
      </button>
    </dialog>
  );
}
