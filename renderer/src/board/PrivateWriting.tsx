// Private writing by pass-the-laptop: each person writes notes that stay hidden from the board
// until the facilitator reveals them all at once; the next person sees nothing of them.
import { useId, useRef, useState, type FormEvent } from 'react';
import { NOTE_TEAMS, NOTE_TEAM_LABELS, NOTE_TEXT_MAX, type Board, type NoteTeam } from '../../../shared/board/schema';
import { addNote } from '../../../shared/board/edits';
import { HandoverPanel, LaptopShell, useFocusHeading } from '../components/LaptopShell';
import { TextField } from '../components/TextField';
import { hasVisibleText } from '../../../shared/text/plainText';

interface PrivateWritingProps {
  board: Board;
  edit(change: (board: Board) => Board): void;
  newId(): string;
  canAdd(): boolean;
  onExit(): void;
}

export function PrivateWriting({ board, edit, newId, canAdd, onExit }: PrivateWritingProps) {
  const [step, setStep] = useState<'start' | 'write' | 'handover'>('start');
  const [team, setTeam] = useState<NoteTeam | null>(null);
  const [author, setAuthor] = useState('');
  const [areaId, setAreaId] = useState(board.areas[0]!.id);
  const [text, setText] = useState('');
  const [written, setWritten] = useState(0);
  const writer = useRef<string>('');
  const headingId = useId();
  const textId = useId();
  const areaIdField = useId();
  useFocusHeading(headingId, step);

  function begin() {
    writer.current = newId();
    setWritten(0);
    setStep('write');
  }

  function add(event?: FormEvent) {
    event?.preventDefault();
    if (!team || !hasVisibleText(text) || !canAdd()) return;
    edit((b) => addNote(b, { id: newId(), areaId, text, team, author, hidden: true, writer: writer.current }));
    setText('');
    setWritten((n) => n + 1);
  }

  function handOver() {
    setTeam(null);
    setAuthor('');
    setText('');
    setStep('handover');
  }

  return (
    <LaptopShell labelledBy={headingId} exitWarning={hasVisibleText(text) ? 'The note being typed is discarded.' : undefined} onExit={onExit}>
      {step === 'start' && (
        <div className="pass-mode__panel">
          <h2 id={headingId} tabIndex={-1} className="pass-mode__title">
            Your turn to write
          </h2>
          <p className="pass-mode__lead">Your notes stay hidden until the facilitator reveals everyone’s at once.</p>
          <fieldset className="pass-mode__teams pass-mode__teams--four">
            <legend>Which team are you in?</legend>
            {NOTE_TEAMS.map((t) => (
              <button key={t} type="button" className={`pass-mode__team team-border--${t}`} aria-pressed={team === t} onClick={() => setTeam(t)}>
                {NOTE_TEAM_LABELS[t]}
              </button>
            ))}
          </fieldset>
          <TextField label="Your name (optional, shown on your notes)" value={author} maxLength={80} onChange={setAuthor} />
          <button type="button" className="button button--primary button--large" disabled={!team} onClick={begin}>
            Start writing
          </button>
        </div>
      )}
      {step === 'write' && team && (
        <form className="pass-mode__panel" onSubmit={add}>
          <h2 id={headingId} tabIndex={-1} className="pass-mode__title">
            Write your notes
          </h2>
          <div className="field">
            <label htmlFor={areaIdField} className="field__label">
              Area
            </label>
            <select id={areaIdField} value={areaId} onChange={(e) => setAreaId(e.target.value)}>
              {board.areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={textId} className="field__label">
              Note (Enter adds it, Shift+Enter for a new line)
            </label>
            <textarea
              id={textId}
              className="field__input pass-mode__note-input"
              rows={3}
              maxLength={NOTE_TEXT_MAX}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </div>
          <p className="pass-mode__lead" role="status">
            {written === 0 ? 'No notes written yet.' : `You have written ${written} note${written === 1 ? '' : 's'}.`}
          </p>
          <div className="pass-mode__nav">
            <button type="submit" className="button">
              Add note
            </button>
            <button type="button" className="button button--primary button--large" onClick={handOver}>
              Done: hand the laptop on
            </button>
          </div>
        </form>
      )}
      {step === 'handover' && <HandoverPanel headingId={headingId} thanks="Thank you — your notes are in, hidden." onNext={() => setStep('start')} />}
    </LaptopShell>
  );
}
