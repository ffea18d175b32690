// One sticky note: its text, its team as a label and a colour (never colour alone), its author and
// votes. Draggable, and a drop target for grouping notes into a theme. Memoised, so a board of a
// thousand notes re-renders only the notes that changed.
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useCallback, useState, type KeyboardEvent } from 'react';
import { NOTE_TEAM_LABELS, NOTE_TEXT_MAX, type Note } from '../../../shared/board/schema';

export interface NoteCardProps {
  note: Note;
  votes: number;
  selected: boolean;
  /** The one note in the board's tab order (roving focus). */
  tabbable: boolean;
  editing: boolean;
  tallying: boolean;
  readOnly: boolean;
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
      onDone(text.trim() === '' ? null : text);
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
      onBlur={() => onDone(text.trim() === '' || text === note.text ? null : text)}
    />
  );
}

export const NoteCard = memo(function NoteCard(props: NoteCardProps) {
  const { note, votes, selected, tabbable, editing, tallying, readOnly } = props;
  const drag = useDraggable({ id: note.id, disabled: readOnly || editing });
  const drop = useDroppable({ id: `note:${note.id}`, disabled: readOnly });
  const setRef = useCallback(
    (element: HTMLElement | null) => {
      drag.setNodeRef(element);
      drop.setNodeRef(element);
    },
    // The dnd-kit ref setters are stable for a given id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [drag.setNodeRef, drop.setNodeRef],
  );
  const team = NOTE_TEAM_LABELS[note.team];

  return (
    <li
      ref={setRef}
      className={[
        'note',
        `note--${note.team}`,
        selected ? 'is-selected' : '',
        drag.isDragging ? 'is-dragging' : '',
        drop.isOver && !drag.isDragging ? 'is-drop-target' : '',
      ].join(' ')}
      tabIndex={tabbable ? 0 : -1}
      data-note-id={note.id}
      aria-label={`${team} note: ${note.text}${note.author ? `, by ${note.author}` : ''}${votes > 0 ? `, ${votes} vote${votes === 1 ? '' : 's'}` : ''}${selected ? ', selected' : ''}`}
      onClick={(e) => props.onSelect(note.id, e.ctrlKey || e.metaKey || e.shiftKey)}
      onDoubleClick={() => !readOnly && props.onStartEdit(note.id)}
      {...(readOnly ? {} : drag.listeners)}
    >
      <span className="note__team">{team}</span>
      {editing ? <NoteEditor note={note} onDone={(text) => props.onCommitEdit(note.id, text)} /> : <p className="note__text">{note.text}</p>}
      <span className="note__footer">
        {note.author && <span className="note__author">{note.author}</span>}
        {tallying && !readOnly ? (
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
            <span className="note__votes" aria-hidden="true">
              {'●'.repeat(Math.min(votes, 5))}
              {votes > 5 ? ` ${votes}` : votes > 1 ? ` ${votes}` : ''}
            </span>
          )
        )}
      </span>
    </li>
  );
});
