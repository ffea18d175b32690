// A board on the room screen, read-only: its areas with their notes and themes, votes as number
// badges, and how many private notes are still hidden (never what they say).
import { NOTE_TEAM_LABELS } from '../../../shared/board/schema';
import type { SceneArea, SceneBoard, SceneItem, SceneNote } from '../../../shared/presenter/scene';

export function Votes({ votes }: { votes: number }) {
  if (votes === 0) return null;
  return (
    <span className="pvotes" aria-label={`${votes} vote${votes === 1 ? '' : 's'}`}>
      {votes}
    </span>
  );
}

function PresenterNote({ note }: { note: SceneNote }) {
  return (
    <li className={`note note--${note.team} pnote`}>
      <Votes votes={note.votes} />
      <b className="pnote__team">{NOTE_TEAM_LABELS[note.team]}:</b> {note.text}
      {note.author && <i className="pnote__author"> {note.author}</i>}
    </li>
  );
}

function PresenterItem({ item, collapsed }: { item: SceneItem; collapsed: boolean }) {
  if (item.kind === 'note') return <PresenterNote note={item.note} />;
  return (
    <li className="ptheme">
      <div className="ptheme__head">
        <span className="ptheme__name">{item.name}</span>
        {collapsed && <span className="ptheme__count">{item.notes.length} notes</span>}
        <Votes votes={item.votes} />
      </div>
      {!collapsed && (
        <ul className="ptheme__notes">
          {item.notes.map((n) => (
            <PresenterNote key={n.id} note={n} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** An area; on a page of its own (`collapsed`) its themes show only their names and votes. */
export function PresenterArea({ area, collapsed }: { area: SceneArea; collapsed: boolean }) {
  return (
    <section className="parea" aria-label={area.title}>
      <h2 className="parea__title">{area.title}</h2>
      {area.items.length === 0 ? (
        <p className="parea__empty">{area.hint || 'No notes yet'}</p>
      ) : (
        <ul className="parea__items" data-fit>
          {area.items.map((item) => (
            <PresenterItem key={item.kind === 'note' ? item.note.id : item.id} item={item} collapsed={collapsed} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function HiddenNotes({ board }: { board: SceneBoard }) {
  if (board.hiddenNotes === 0) return null;
  return (
    <p className="pboard__hidden">
      {board.hiddenNotes} hidden note{board.hiddenNotes === 1 ? '' : 's'} from {board.hiddenWriters} {board.hiddenWriters === 1 ? 'person' : 'people'}, shown when revealed
    </p>
  );
}
