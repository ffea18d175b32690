// The shared messaging platform the room votes into being: one insight, benefit, proof and
// audience, each the facilitator's pick or else the top-voted note of its area.
import { pickForPlatform } from '../../../shared/board/edits';
import type { Board } from '../../../shared/board/schema';
import { platformChoice } from '../../../shared/board/platformChoice';
import { updateBoard } from '../../../shared/agenda/edits';
import { useEditAgenda } from './useWorkshop';

export function MessagingPlatform({ activityId, board }: { activityId: string; board: Board }) {
  const editAgenda = useEditAgenda();
  return (
    <section className="platform" aria-labelledby={`platform-${activityId}`}>
      <h3 id={`platform-${activityId}`}>Shared messaging platform</h3>
      <dl className="platform__grid">
        {board.areas.map((area) => {
          const visible = board.notes.filter((n) => n.areaId === area.id && !n.hidden);
          const choice = platformChoice(board, area.id);
          return (
            <div key={area.id} className="platform__item">
              <dt>{area.title}</dt>
              <dd>
                <p className="platform__text">{choice ? choice.text : 'Nothing yet'}</p>
                <p className="muted">{choice?.by === 'pick' ? 'Chosen by the facilitator' : choice ? `Top-voted (${choice.votes} vote${choice.votes === 1 ? '' : 's'})` : ''}</p>
                {visible.length > 0 && (
                  <select
                    aria-label={`Choose the ${area.title.toLowerCase()}`}
                    value={choice?.by === 'pick' ? choice.note.id : ''}
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
