// The shared messaging platform the room votes into being: one insight, benefit, proof and
// audience, each the facilitator's pick or else the top-voted note of its area.
import { pickForPlatform } from '../../../shared/board/edits';
import type { Board } from '../../../shared/board/schema';
import { rankByVotes } from '../../../shared/board/votes';
import { updateBoard } from '../../../shared/agenda/edits';
import { useEditAgenda } from './useWorkshop';

export function MessagingPlatform({ activityId, board, readOnly }: { activityId: string; board: Board; readOnly: boolean }) {
  const editAgenda = useEditAgenda();
  return (
    <section className="platform" aria-labelledby={`platform-${activityId}`}>
      <h3 id={`platform-${activityId}`}>Shared messaging platform</h3>
      <dl className="platform__grid">
        {board.areas.map((area) => {
          const visible = board.notes.filter((n) => n.areaId === area.id && !n.hidden);
          const picked = visible.find((n) => n.id === board.picks[area.id]);
          const top = rankByVotes(board, area.id)[0];
          const chosen = picked ?? (top?.kind === 'note' ? top.note : top?.kind === 'theme' ? top.notes[0] : undefined);
          return (
            <div key={area.id} className="platform__item">
              <dt>{area.title}</dt>
              <dd>
                <p className="platform__text">{chosen ? (top?.kind === 'theme' && !picked ? top.theme.name : chosen.text) : 'Nothing yet'}</p>
                <p className="muted">{picked ? 'Chosen by the facilitator' : top ? `Top-voted (${top.votes} vote${top.votes === 1 ? '' : 's'})` : ''}</p>
                {!readOnly && visible.length > 0 && (
                  <select
                    aria-label={`Choose the ${area.title.toLowerCase()}`}
                    value={picked?.id ?? ''}
                    onChange={(e) => editAgenda((a) => updateBoard(a, activityId, (b) => pickForPlatform(b, area.id, e.target.value || null)))}
                  >
                    <option value="">Top-voted</option>
                    {visible.map((n) => (
                      <option key={n.id} value={n.id}>
                        {n.text.length > 60 ? `${n.text.slice(0, 60)}…` : n.text}
                      </option>
                    ))}
                  </select>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
