// One activity on the facilitator's screen: what it is, the prompt for the room, the timer, status
// and private notes, then what the room works on (a board, the handoff map, the diagnostic).
import { useState } from 'react';
import { removeActivity, setStatus, updateActivity } from '../../../shared/agenda/edits';
import { KIND_DEFAULTS } from '../../../shared/agenda/kinds';
import { shownStatus } from '../../../shared/agenda/timer';
import { ACTIVITY_STATUS_LABELS, type Activity } from '../../../shared/agenda/schema';
import { ActionPlanView } from '../actions/ActionPlanView';
import { BoardView } from '../board/BoardView';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DebriefGuide } from '../diagnostic/DebriefGuide';
import { DiagnosticView } from '../diagnostic/DiagnosticView';
import { RoomScreenControls } from '../presenter/RoomScreenControls';
import { PlanReviewView } from '../review/PlanReviewView';
import { useAppStore } from '../store/appStore';
import { ActivityDialog } from './ActivityDialog';
import { ActivityTimer } from './ActivityTimer';
import { HandoffMapView } from './HandoffMapView';
import { MessagingPlatform } from './MessagingPlatform';
import { useEditAgenda } from './useWorkshop';

/** What the room works on in this activity, on the facilitator's screen (the room's view is renderer/src/presenter). */
export function ActivityBody({ activity }: { activity: Activity }) {
  const board = activity.board && <BoardView activityId={activity.id} board={activity.board} kind={activity.kind} />;
  switch (activity.kind) {
    case 'diagnostic':
      return <DiagnosticView />;
    case 'action-planning':
      return <ActionPlanView />;
    case 'plan-review':
      return (
        <>
          <PlanReviewView activity={activity} />
          {board}
        </>
      );
    case 'handoff':
      return (
        <>
          <HandoffMapView activity={activity} />
          {board}
        </>
      );
    case 'messaging':
      return (
        <>
          {board}
          {activity.board && <MessagingPlatform activityId={activity.id} board={activity.board} />}
        </>
      );
    default:
      return board;
  }
}

export function ActivityView({ activity }: { activity: Activity }) {
  const editAgenda = useEditAgenda();
  const selectActivity = useAppStore((s) => s.selectActivity);
  const setPresenter = useAppStore((s) => s.setPresenter);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const noteCount = activity.board?.notes.length ?? 0;
  const status = shownStatus(activity, useAppStore((s) => s.current?.runtime.timers[activity.id]));
  // On a board, and while any activity runs, what the room works on comes first: a compact
  // header, the private notes folded.
  const compact = status === 'running' || activity.board !== null;
  const [notesOpen, setNotesOpen] = useState(!compact);

  return (
    <section className={`activity${compact ? ' activity--compact' : ''}`} aria-labelledby="activity-title">
      <header className="activity__header">
        <div className="activity__heading">
          <p className="activity__kind">
            {KIND_DEFAULTS[activity.kind].label} · {activity.minutes} min ·{' '}
            <span className={`status-tag status-tag--${status}`}>{ACTIVITY_STATUS_LABELS[status]}</span>
          </p>
          <h2 id="activity-title" className="activity__title">
            {activity.title}
          </h2>
          {activity.prompt && <p className="activity__prompt">{activity.prompt}</p>}
        </div>
        <ActivityTimer activity={activity} />
      </header>
      <div className="activity__actions">
        {activity.status !== 'done' ? (
          <button type="button" className="button" onClick={() => editAgenda((a) => setStatus(a, activity.id, 'done'))}>
            Mark done
          </button>
        ) : (
          <button type="button" className="button" onClick={() => editAgenda((a) => setStatus(a, activity.id, 'not-started'))}>
            Mark not done
          </button>
        )}
        {status === 'not-started' && (
          <button type="button" className="button" onClick={() => editAgenda((a) => setStatus(a, activity.id, 'running'))}>
            Mark running
          </button>
        )}
        <button type="button" className="button" onClick={() => setPresenter(true)} aria-keyshortcuts="P">
          Presenter view <kbd>P</kbd>
        </button>
        <RoomScreenControls kind={activity.kind} />
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Edit activity
        </button>
        <button type="button" className="button button--quiet button--danger-text" onClick={() => setRemoving(true)}>
          Remove activity
        </button>
        {/* In the row of buttons while folded; a full-width panel below them when open. */}
        <details className="facilitator-notes" open={notesOpen} onToggle={(e) => setNotesOpen(e.currentTarget.open)}>
          <summary>Facilitator notes (private)</summary>
          <p>{activity.notes || 'No notes for this activity. Add some with “Edit activity”.'}</p>
          {activity.kind === 'diagnostic' && <DebriefGuide />}
        </details>
      </div>
      <ActivityBody activity={activity} />
      {editing && (
        <ActivityDialog activity={activity} onSave={(change) => editAgenda((a) => updateActivity(a, activity.id, change))} onClose={() => setEditing(false)} />
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove “${activity.title}”?`}
          message={
            noteCount > 0
              ? `Its ${noteCount} note${noteCount === 1 ? '' : 's'} go with it. Undo (Ctrl+Z) brings it back during this session.`
              : 'Undo (Ctrl+Z) brings it back during this session.'
          }
          confirmLabel="Remove activity"
          onConfirm={() => {
            editAgenda((a) => removeActivity(a, activity.id));
            selectActivity(null);
          }}
          onClose={() => setRemoving(false)}
        />
      )}
    </section>
  );
}
