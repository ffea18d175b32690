// One sticky note: its text, its team as a label and a colour (never colour alone), its author and
// votes as a number badge. Dragged by the board (useBoardDrag picks up the note under the pointer),
// so it holds no drag state; memoised, so a board of a thousand notes re-renders only the notes
// that changed, and a drag start none of them.
import { memo, useState, type KeyboardEvent } from 'react';
import { NOTE_TEAM_LABELS, NOTE_TEXT_MAX, type Note } from '../../../shared/board/schema';
import { hasVisibleText } from '../../../shared/text/plainText';

export interface NoteCardProps {
  note: Note;
  votes: number;
  selected: boolean;
  /** The one note in the board's tab order (roving focus). */
  tabbable: boolean;
  editing: boolean;
  tallying: boolean;
  onSelect(id: string, additive: boolean): void;
  onStartEdit(id: string): void;
  onCommitEdit(id: string, text: string | null): void;
  onTally(id: string, delta: 1 | -1): void;
}

function NoteEditor({ note, onDone }: { note: Note; onDone(text: string | null): void }) {
  const [text, setText] = useState(note.text);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      onDone(hasVisibleText(text) ? text : null);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onDone(null);
    }
  };
  return (
    <textarea
      className="note__editor"
      aria-label="Note text"
      autoFocus
      maxLength={NOTE_TEXT_MAX}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => onDone(!hasVisibleText(text) || text === note.text ? null : text)}
    />
  );
}

/** What a note shows inside its card; apart from the card, so a drag re-renders only the card. */
type NoteBodyProps = Pick<NoteCardProps, 'note' | 'votes' | 'editing' | 'tallying' | 'onCommitEdit' | 'onTally'>;

const NoteBody = memo(function NoteBody(props: NoteBodyProps) {
  const { note, votes, editing, tallying } = props;
  return (
    <>
      <span className="note__team">{NOTE_TEAM_LABELS[note.team]}</span>
      {editing ? <NoteEditor note={note} onDone={(text) => props.onCommitEdit(note.id, text)} /> : <p className="note__text">{note.text}</p>}
      <span className="note__footer">
        {note.author && <span className="note__author">{note.author}</span>}
        {tallying ? (
          <span className="note__tally" onClick={(e) => e.stopPropagation()}>
            <button type="button" className="button button--small" tabIndex={-1} aria-label="One vote less" onClick={() => props.onTally(note.id, -1)}>
              −
            </button>
            <span>{votes}</span>
            <button type="button" className="button button--small" tabIndex={-1} aria-label="One vote more" onClick={() => props.onTally(note.id, 1)}>
              +
            </button>
          </span>
        ) : (
          votes > 0 && (
            <span className="note__votes" aria-hidden="true" title={`${votes} vote${votes === 1 ? '' : 's'}`}>
              {votes}
            </span>
          )
        )}
      </span>
    </>
  );
});

/**
 * The card. Neither a draggable nor a drop target of its own: dnd-kit re-renders every draggable
 * when a drag starts and every droppable whenever the target under the pointer changes, which
 * with a hook per note meant the whole board. The board picks up the note under the pointer
 * (useNoteGrab) and finds the note a drop lands on by hit testing (collision.ts, noteAt).
 */
export const NoteCard = memo(function NoteCard(props: NoteCardProps) {
  const { note, votes, selected, tabbable, editing } = props;
  const team = NOTE_TEAM_LABELS[note.team];

  return (
    <li
      className={['note', `note--${note.team}`, selected ? 'is-selected' : ''].join(' ')}
      tabIndex={tabbable ? 0 : -1}
      data-note-id={note.id}
      aria-label={`${team} note: ${note.text}${note.author ? `, by ${note.author}` : ''}${votes > 0 ? `, ${votes} vote${votes === 1 ? '' : 's'}` : ''}${selected ? ', selected' : ''}`}
      onClick={(e) => props.onSelect(note.id, e.ctrlKey || e.metaKey || e.shiftKey)}
      onDoubleClick={() => props.onStartEdit(note.id)}
    >
      <NoteBody note={note} votes={votes} editing={editing} tallying={props.tallying} onCommitEdit={props.onCommitEdit} onTally={props.onTally} />
    </li>
  );
});
