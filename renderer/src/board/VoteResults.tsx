// Vote results: themes and notes of each area, most votes first.
import type { Board } from '../../../shared/board/schema';
import { NOTE_TEAM_LABELS } from '../../../shared/board/schema';
import { rankByVotes } from '../../../shared/board/votes';

export function VoteResults({ board }: { board: Board }) {
  return (
    <section className="vote-results" aria-labelledby="vote-results-title">
      <h3 id="vote-results-title">Vote results</h3>
      <p className="muted">
        {board.ballots.length} voter{board.ballots.length === 1 ? '' : 's'} · budget {board.voteBudget} dot{board.voteBudget === 1 ? '' : 's'} each
      </p>
      <div className="vote-results__areas">
        {board.areas.map((area) => {
          const ranked = rankByVotes(board, area.id);
          return (
            <div key={area.id}>
              <h4>{area.title}</h4>
              {ranked.length === 0 ? (
                <p className="muted">No notes.</p>
              ) : (
                <ol>
                  {ranked.map((r) => (
                    <li key={r.kind === 'theme' ? r.theme.id : r.note.id}>
                      <strong>{r.votes}</strong> ·{' '}
                      {r.kind === 'theme' ? (
                        <>
                          Theme “{r.theme.name}” ({r.notes.length} notes)
                        </>
                      ) : (
                        <>
                          {r.note.text} <span className="muted">({NOTE_TEAM_LABELS[r.note.team]})</span>
                        </>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
