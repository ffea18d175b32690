// Adding an activity to the agenda: pick its kind; it comes with that kind's prompt, timebox and board.
import { createActivity, insertActivity } from '../../../shared/agenda/edits';
import { ACTIVITY_KINDS, KIND_DEFAULTS } from '../../../shared/agenda/kinds';
import { Dialog } from '../components/Dialog';
import { useAppStore } from '../store/appStore';
import { newItemId, useEditAgenda } from './useWorkshop';

export function AddActivityDialog({ afterId, onClose }: { afterId: string | null; onClose(): void }) {
  const editAgenda = useEditAgenda();
  const selectActivity = useAppStore((s) => s.selectActivity);

  function add(kind: (typeof ACTIVITY_KINDS)[number]) {
    const activity = createActivity(kind, newItemId);
    editAgenda((agenda) => insertActivity(agenda, activity, afterId));
    selectActivity(activity.id);
    onClose();
  }

  return (
    <Dialog title="Add an activity" description="It is added after the current activity; you can move it later." onClose={onClose}>
      <ul className="kind-list">
        {ACTIVITY_KINDS.map((kind, i) => (
          <li key={kind}>
            <button type="button" className="kind-list__item" autoFocus={i === 0} onClick={() => add(kind)}>
              <strong>{KIND_DEFAULTS[kind].label}</strong>
              <span>
                {KIND_DEFAULTS[kind].prompt} ({KIND_DEFAULTS[kind].minutes} min)
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
