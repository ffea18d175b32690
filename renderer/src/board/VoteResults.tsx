// Vote results: themes and notes of each area, most votes first. Opens right under the toolbar
// button that shows it, scrolled into view with its heading focused, in a panel of its own height.
import { useEffect, useRef } from 'react';
import type { Board } from '../../../shared/board/schema';
import { NOTE_TEAM_LABELS } from '../../../shared/board/schema';
import { rankByVotes } from '../../../shared/board/votes';

export function VoteResults({ board, onClose }: { board: Board; onClose(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <section className="vote-results" aria-labelledby="vote-results-title">
      <div className="vote-results__head">
        <h3 id="vote-results-title" ref={heading} tabIndex={-1}>
          Vote results
        </h3>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          Close results
        </button>
      </div>
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
