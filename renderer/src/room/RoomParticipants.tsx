// Who is in the room, and removing one of them with what they sent (one undoable step).
import { useState } from 'react';
import { TEAM_LABELS } from '../../../shared/diagnostic/model';
import type { RoomParticipant } from '../../../shared/room/facilitator';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useAppStore } from '../store/appStore';

/** "Sales 3" when names are hidden or none was given; the name otherwise. */
function label(participant: RoomParticipant, index: number, anonymous: boolean): string {
  return !anonymous && participant.name ? `${participant.name} (${TEAM_LABELS[participant.team]})` : `${TEAM_LABELS[participant.team]} ${index + 1}`;
}

export function RoomParticipants({ participants, anonymous }: { participants: readonly RoomParticipant[]; anonymous: boolean }) {
  const remove = useAppStore((s) => s.removeRoomParticipant);
  const [removing, setRemoving] = useState<{ id: string; label: string } | null>(null);
  return (
    <details className="room-participants">
      <summary>Participants ({participants.length})</summary>
      {participants.length === 0 ? (
        <p>No one has joined yet.</p>
      ) : (
        <ul>
          {participants.map((p, i) => {
            const name = label(p, i, anonymous);
            return (
              <li key={p.id}>
                <span>
                  {name}
                  {!p.connected && <span className="room-participants__away"> · away</span>}
                </span>
                <button type="button" className="button button--quiet button--danger-text" onClick={() => setRemoving({ id: p.id, label: name })}>
                  Remove<span className="visually-hidden"> {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing.label} from the room?`}
          message="Their phone leaves the room, and their notes, dots and diagnostic answers are taken out of the workshop. Undo (Ctrl+Z) puts what they sent back."
          confirmLabel="Remove"
          onConfirm={() => void remove(removing.id)}
          onClose={() => setRemoving(null)}
        />
      )}
    </details>
  );
}
