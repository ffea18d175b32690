// Presenter view: the current activity for the room, full screen, without facilitator notes or
// controls: title, prompt, timer and the board. P or Esc closes it; [ and ] change activity.
import { useEffect, useRef } from 'react';
import type { Activity } from '../../../shared/agenda/schema';
import { useAppStore } from '../store/appStore';
import { ActivityTimer } from './ActivityTimer';
import { ActivityBody } from './ActivityView';

export function PresenterView({ activity }: { activity: Activity }) {
  const setPresenter = useAppStore((s) => s.setPresenter);
  const togglePresenter = useAppStore((s) => s.togglePresenter);
  const stepActivity = useAppStore((s) => s.stepActivity);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    // Full screen where the shell allows it; the view works the same inside a window.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      dialog?.close();
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="presenter"
      aria-label={`Presenter view: ${activity.title}`}
      onCancel={(e) => {
        e.preventDefault();
        setPresenter(false);
      }}
      onKeyDown={(e) => {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        if (e.key === 'p' || e.key === 'P') togglePresenter();
        else if (e.key === ']') stepActivity(1);
        else if (e.key === '[') stepActivity(-1);
        else return;
        // Handled here: the window's shortcut handler must not act on the same key again (it
        // used to reopen the view the moment P had closed it).
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      <header className="presenter__header">
        <div>
          <h1 className="presenter__title">{activity.title}</h1>
          {activity.prompt && <p className="presenter__prompt">{activity.prompt}</p>}
        </div>
        <ActivityTimer activity={activity} controls={false} />
      </header>
      <div className="presenter__body">
        <ActivityBody activity={activity} presenting />
      </div>
      <button type="button" className="button button--quiet presenter__close" onClick={() => setPresenter(false)}>
        Close presenter view <kbd>P</kbd>
      </button>
    </dialog>
  );
}
