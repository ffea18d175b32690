// The frame of every pass-the-laptop mode (diagnostic answers, private notes, dot voting): a
// full-screen modal that Escape cannot close and app shortcuts cannot leave; only the facilitator's
// "End" with a confirmation returns to the facilitator view.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useAppStore } from '../store/appStore';

interface LaptopShellProps {
  /** Id of the heading that names the current screen. */
  labelledBy: string;
  /** What ending now discards, if anything (e.g. "The answers in progress are discarded."). */
  exitWarning?: string;
  onExit(): void;
  onKeyDown?(event: KeyboardEvent<HTMLDialogElement>): void;
  children: ReactNode;
}

export function LaptopShell({ labelledBy, exitWarning, onExit, onKeyDown, children }: LaptopShellProps) {
  const setLockedMode = useAppStore((s) => s.setLockedMode);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [confirmingExit, setConfirmingExit] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    setLockedMode('pass-the-laptop');
    return () => {
      dialog?.close();
      setLockedMode(null);
    };
  }, [setLockedMode]);

  return (
    <dialog
      ref={dialogRef}
      className="fullscreen-dialog pass-mode"
      aria-labelledby={labelledBy}
      onCancel={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if (!confirmingExit) onKeyDown?.(e);
      }}
    >
      <div className="pass-mode__body">{children}</div>
      <footer className="pass-mode__footer">
        {confirmingExit ? (
          <div className="pass-mode__exit" role="group" aria-label="End pass-the-laptop mode">
            <span>End pass-the-laptop mode and return to the facilitator view?{exitWarning ? ` ${exitWarning}` : ''}</span>
            <button type="button" className="button" autoFocus onClick={() => setConfirmingExit(false)}>
              Keep going
            </button>
            <button type="button" className="button button--danger" onClick={onExit}>
              End for everyone
            </button>
          </div>
        ) : (
          <button type="button" className="button button--quiet pass-mode__end" onClick={() => setConfirmingExit(true)}>
            Facilitator: end pass-the-laptop
          </button>
        )}
      </footer>
    </dialog>
  );
}

/** Focuses a screen's heading whenever the screen changes, so keys and screen readers start there. */
export function useFocusHeading(headingId: string, screen: unknown): void {
  useEffect(() => {
    document.getElementById(headingId)?.focus();
  }, [headingId, screen]);
}

/** The screen between two people: thanks for what was just done, and the way in for the next one. */
export function HandoverPanel({ headingId, thanks, onNext }: { headingId: string; thanks: string; onNext(): void }) {
  return (
    <div className="pass-mode__panel">
      <h2 id={headingId} tabIndex={-1} className="pass-mode__title">
        {thanks}
      </h2>
      <p className="pass-mode__lead">Please hand the laptop to the next person.</p>
      <button type="button" className="button button--primary button--large" onClick={onNext}>
        I am the next person
      </button>
    </div>
  );
}
