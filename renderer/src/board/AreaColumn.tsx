// One area of a board (a column or zone): its title, hint, and its notes, with themes as named
// clusters whose votes are the sum of their notes'. A drop target for moving notes here.
import { useDroppable } from '@dnd-kit/core';
import { memo, useState } from 'react';
import type { Area, Note, Theme } from '../../../shared/board/schema';
import { CommitField } from '../components/CommitField';
import { NoteCard, type NoteCardProps } from './NoteCard';

type NoteHandlers = Pick<NoteCardProps, 'onSelect' | 'onStartEdit' | 'onCommitEdit' | 'onTally'>;

export interface AreaColumnProps extends NoteHandlers {
  area: Area;
  notes: Note[];
  themes: Theme[];
  counts: Map<string, number>;
  themeTotals: Map<string, number>;
  selected: ReadonlySet<string>;
  tabbableId: string | null;
  editingId: string | null;
  tallying: boolean;
  capturing: boolean;
  onRenameTheme(themeId: string, name: string): void;
  onUngroup(themeId: string): void;
}

function ThemeGroup(props: AreaColumnProps & { theme: Theme; members: Note[] }) {
  const { theme, members } = props;
  const { setNodeRef, isOver } = useDroppable({ id: `theme:${theme.id}` });
  const [renaming, setRenaming] = useState(false);
  return (
    <li ref={setNodeRef} className={`theme${isOver ? ' is-drop-target' : ''}`} aria-label={`Theme ${theme.name}`}>
      <div className="theme__header">
        {renaming ? (
          <CommitField
            label="Theme name"
            value={theme.name}
            inputProps={{ autoFocus: true, maxLength: 120 }}
            onCommit={(name) => {
              props.onRenameTheme(theme.id, name);
              setRenaming(false);
            }}
          />
        ) : (
          <h4 className="theme__name">{theme.name}</h4>
        )}
        <span className="theme__votes">
          {props.themeTotals.get(theme.id) ?? 0} vote{props.themeTotals.get(theme.id) === 1 ? '' : 's'}
        </span>
        <span className="theme__actions">
          <button type="button" className="button button--quiet button--small" onClick={() => setRenaming(true)} aria-label={`Rename theme ${theme.name}`}>
            Rename
          </button>
          <button type="button" className="button button--quiet button--small" onClick={() => props.onUngroup(theme.id)} aria-label={`Ungroup theme ${theme.name}`}>
            Ungroup
          </button>
        </span>
      </div>
      <ul className="theme__notes">{members.map((note) => renderNote(props, note))}</ul>
    </li>
  );
}

function renderNote(props: AreaColumnProps, note: Note) {
  return (
    <NoteCard
      key={note.id}
      note={note}
      votes={props.counts.get(note.id) ?? 0}
      selected={props.selected.has(note.id)}
      tabbable={props.tabbableId === note.id}
      editing={props.editingId === note.id}
      tallying={props.tallying}
      onSelect={props.onSelect}
      onStartEdit={props.onStartEdit}
      onCommitEdit={props.onCommitEdit}
      onTally={props.onTally}
    />
  );
}

export const AreaColumn = memo(function AreaColumn(props: AreaColumnProps) {
  const { area, notes, themes } = props;
  const { setNodeRef, isOver } = useDroppable({ id: `area:${area.id}` });
  const loose = notes.filter((n) => !n.themeId);
  return (
    <section
      ref={setNodeRef}
      className={`area${isOver ? ' is-drop-target' : ''}${props.capturing ? ' is-capture-target' : ''}`}
      aria-labelledby={`area-${area.id}`}
      data-area-id={area.id}
    >
      <header className="area__header">
        <h3 id={`area-${area.id}`} className="area__title">
          {area.title}
        </h3>
        <span className="area__count">
          {notes.length} note{notes.length === 1 ? '' : 's'}
        </span>
        {area.hint && <p className="area__hint">{area.hint}</p>}
      </header>
      <ul className="area__notes" aria-label={`Notes in ${area.title}`}>
        {themes.map((theme) => {
          const members = notes.filter((n) => n.themeId === theme.id);
          return members.length > 0 ? <ThemeGroup key={theme.id} {...props} theme={theme} members={members} /> : null;
        })}
        {loose.map((note) => renderNote(props, note))}
      </ul>
    </section>
  );
});
