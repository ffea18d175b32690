// A board on the room screen, read-only. The whole board when it fits at a readable size (areas
// in the grid shared/presenter/layout.ts picks, text shrunk to fit); otherwise one area at a
// time, themes collapsed to their names and votes, and the caller pages with the arrow keys.
import { useEffect, useRef, useState } from 'react';
import { NOTE_TEAM_LABELS } from '../../../shared/board/schema';
import { areaGrid } from '../../../shared/presenter/layout';
import type { SceneArea, SceneBoard, SceneItem, SceneNote } from '../../../shared/presenter/scene';
import { useFitText } from './useFitText';

function Votes({ votes }: { votes: number }) {
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
      <span className="pnote__team">{NOTE_TEAM_LABELS[note.team]}</span>
      <span className="pnote__text">{note.text}</span>
      {note.author && <span className="pnote__author">{note.author}</span>}
      <Votes votes={note.votes} />
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

function PresenterArea({ area, collapsed, position }: { area: SceneArea; collapsed: boolean; position?: string }) {
  return (
    <section className="parea" aria-label={area.title}>
      <h2 className="parea__title">
        {area.title}
        {position && <span className="parea__position">{position}</span>}
      </h2>
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

function HiddenNotes({ board }: { board: SceneBoard }) {
  if (board.hiddenNotes === 0) return null;
  return (
    <p className="pboard__hidden">
      {board.hiddenNotes} hidden note{board.hiddenNotes === 1 ? '' : 's'} from {board.hiddenWriters} {board.hiddenWriters === 1 ? 'person' : 'people'}, shown when revealed
    </p>
  );
}

function useWindowSize() {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/** The whole board; reports through `onTooFull` when even the smallest readable text does not fit. */
export function PresenterBoard({ board, onTooFull }: { board: SceneBoard; onTooFull(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const { width, height } = useWindowSize();
  const grid = areaGrid(board.areas.length, width, height);
  const fits = useFitText(ref, board);
  useEffect(() => {
    if (!fits) onTooFull();
  }, [fits, onTooFull]);
  return (
    <div className="pboard-frame">
      <HiddenNotes board={board} />
      <div
        ref={ref}
        className="pboard"
        style={{ gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${grid.rows}, minmax(0, 1fr))` }}
      >
        {board.areas.map((area) => (
          <PresenterArea key={area.id} area={area} collapsed={false} />
        ))}
      </div>
    </div>
  );
}

/** One area of a board too full to show whole. */
export function PresenterBoardArea({ board, index }: { board: SceneBoard; index: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const area = board.areas[index]!;
  const fits = useFitText(ref, area);
  return (
    <div className="pboard-frame">
      <HiddenNotes board={board} />
      <div ref={ref} className={`pboard pboard--single${fits ? '' : ' pboard--scroll'}`}>
        <PresenterArea area={area} collapsed position={`Area ${index + 1} of ${board.areas.length} · ← →`} />
      </div>
    </div>
  );
}
