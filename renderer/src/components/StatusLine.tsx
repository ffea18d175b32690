// The status line: confirms what just happened and reports errors, announced to screen readers.
import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';

const SHOW_FOR_MS = 6000;

export function StatusLine() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);

  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const timer = setTimeout(dismiss, SHOW_FOR_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  return (
    <div className="status-line" role="status" aria-live="polite">
      {notice && (
        <p className={`status-line__message status-line__message--${notice.kind}`}>
          <span>{notice.text}</span>
          {notice.action && (
            <button
              type="button"
              className="button button--quiet status-line__action"
              onClick={() => {
                notice.action!.run();
                dismiss();
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={dismiss} aria-label="Dismiss message">
            ×
          </button>
        </p>
      )}
    </div>
  );
}
