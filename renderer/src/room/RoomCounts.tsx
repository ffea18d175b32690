// Live figures for the activity on screen: who has joined by team, how many have answered, the
// hidden notes waiting for the reveal, the dots cast.
import { roomCounts } from '../../../shared/room/counts';
import { TEAM_LABELS } from '../../../shared/diagnostic/model';
import type { RoomStatus } from '../../../shared/room/facilitator';
import type { WorkshopDocument } from '../../../shared/workshop/schema';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function RoomCounts({ doc, room, activityId }: { doc: WorkshopDocument; room: RoomStatus; activityId: string | null }) {
  const counts = roomCounts(doc, room.participants, activityId);
  const activity = doc.agenda.find((a) => a.id === activityId);
  const { joined } = counts;
  return (
    <ul className="room-counts" aria-label="Live figures">
      <li>
        <strong>{plural(joined.total, 'phone')} joined</strong>
        {joined.total > 0 && ` (${TEAM_LABELS.sales} ${joined.sales} · ${TEAM_LABELS.marketing} ${joined.marketing} · ${TEAM_LABELS.other} ${joined.other})`}
      </li>
      {activity?.kind === 'diagnostic' && (
        <li>
          {counts.answered.done} of {counts.answered.of} have answered
        </li>
      )}
      {counts.hidden && counts.hidden.notes > 0 && <li>{`${plural(counts.hidden.notes, 'hidden note')} from ${plural(counts.hidden.people, 'person', 'people')}`}</li>}
      {counts.votes && counts.votes.dots > 0 && <li>{`${plural(counts.votes.dots, 'dot')} cast by ${plural(counts.votes.voters, 'person', 'people')}`}</li>}
      {room.waiting > 0 && <li>{plural(room.waiting, 'change')} arriving</li>}
    </ul>
  );
}
