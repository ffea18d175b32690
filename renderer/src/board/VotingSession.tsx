// Dot voting by pass-the-laptop: each person spends up to the board's budget of dots on notes
// (several on one if they like), without seeing anyone else's votes, then hands the laptop on.
import { useId, useState } from 'react';
import { castVote, retractVote } from '../../../shared/board/edits';
import { NOTE_TEAM_LABELS, type Board } from '../../../shared/board/schema';
import { HandoverPanel, LaptopShell, useFocusHeading } from '../components/LaptopShell';
import { TextField } from '../components/TextField';

interface VotingSessionProps {
  board: Board;
  edit(change: (board: Board) => Board): void;
  newId(): string;
  onExit(): void;
}

export function VotingSession({ board, edit, newId, onExit }: VotingSessionProps) {
  const [step, setStep] = useState<'start' | 'vote' | 'handover'>('start');
  const [name, setName] = useState('');
  const [voter, setVoter] = useState({ id: '', label: '' });
  const headingId = useId();
  useFocusHeading(headingId, step);

  const ballot = board.ballots.find((b) => b.id === voter.id);
  const spent = ballot?.votes.length ?? 0;
  const left = board.voteBudget - spent;
  const mine = (noteId: string) => ballot?.votes.filter((v) => v === noteId).length ?? 0;
  const visible = board.notes.filter((n) => !n.hidden);

  function begin() {
    setVoter({ id: newId(), label: name.trim() });
    setStep('vote');
  }

  return (
    <LaptopShell labelledBy={headingId} onExit={onExit}>
      {step === 'start' && (
        <div className="pass-mode__panel">
          <h2 id={headingId} tabIndex={-1} className="pass-mode__title">
            Your turn to vote
          </h2>
          <p className="pass-mode__lead">
            You have {board.voteBudget} dot{board.voteBudget === 1 ? '' : 's'} to put on the notes that matter most. You can put several on one note.
          </p>
          <TextField label="Your name (optional)" value={name} maxLength={80} onChange={setName} />
          <button type="button" className="button button--primary button--large" onClick={begin}>
            Start voting
          </button>
        </div>
      )}
      {step === 'vote' && (
        <div className="pass-mode__panel pass-mode__panel--wide">
          <h2 id={headingId} tabIndex={-1} className="pass-mode__title">
            {left === 0 ? 'All your dots are placed' : `${left} dot${left === 1 ? '' : 's'} left`}
          </h2>
          {board.areas.map((area) => {
            const notes = visible.filter((n) => n.areaId === area.id);
            if (notes.length === 0) return null;
            return (
              <section key={area.id} aria-labelledby={`vote-area-${area.id}`}>
                <h3 id={`vote-area-${area.id}`}>{area.title}</h3>
                <ul className="vote-list">
                  {notes.map((note) => (
                    <li key={note.id} className={`vote-item note--${note.team}`}>
                      <span className="note__team">{NOTE_TEAM_LABELS[note.team]}</span>
                      <p className="vote-item__text">{note.text}</p>
                      <span className="vote-item__controls">
                        <button
                          type="button"
                          className="button"
                          aria-label={`Take a dot off: ${note.text}`}
                          disabled={mine(note.id) === 0}
                          onClick={() => edit((b) => retractVote(b, voter.id, note.id))}
                        >
                          −
                        </button>
                        <span className="vote-item__mine" aria-label={`Your dots on this note: ${mine(note.id)}`}>
                          {'●'.repeat(mine(note.id)) || '·'}
                        </span>
                        <button
                          type="button"
                          className="button button--primary"
                          aria-label={`Put a dot on: ${note.text}`}
                          disabled={left === 0}
                          onClick={() => edit((b) => castVote(b, voter, note.id))}
                        >
                          +
                        </button>
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          <div className="pass-mode__nav">
            <span />
            <button type="button" className="button button--primary button--large" onClick={() => setStep('handover')}>
              Done: hand the laptop on
            </button>
          </div>
        </div>
      )}
      {step === 'handover' && (
        <HandoverPanel
          headingId={headingId}
          thanks="Thank you — your votes are in."
          onNext={() => {
            setName('');
            setStep('start');
          }}
        />
      )}
    </LaptopShell>
  );
}
