// Quick capture: type and press Enter to add a note to the current area. Alt+T switches the team
// (Shift goes back), Alt+A moves to the next area; Shift+Enter starts a new line in the note.
import { forwardRef, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { NOTE_TEAMS, NOTE_TEAM_LABELS, NOTE_TEXT_MAX, type Area, type NoteTeam } from '../../../shared/board/schema';
import { hasVisibleText } from '../../../shared/text/plainText';

interface CaptureBarProps {
  areas: Area[];
  areaId: string;
  team: NoteTeam;
  hidden: boolean;
  onAreaChange(areaId: string): void;
  onTeamChange(team: NoteTeam): void;
  onAdd(text: string): boolean;
}

/** The item `step` places after `current` in `list`, wrapping round at either end. */
export const cycle = <T,>(list: readonly T[], current: T, step: number): T => list[(list.indexOf(current) + step + list.length) % list.length]!;

export const CaptureBar = forwardRef<HTMLTextAreaElement, CaptureBarProps>(function CaptureBar(props, ref) {
  const { areas, areaId, team, hidden } = props;
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const textId = useId();
  const areaSelectId = useId();
  const area = areas.find((a) => a.id === areaId) ?? areas[0]!;

  function add(event?: FormEvent) {
    event?.preventDefault();
    if (!hasVisibleText(text)) return;
    if (props.onAdd(text)) {
      setText('');
      setAnnouncement(`Added a ${NOTE_TEAM_LABELS[team]} note to ${area.title}${hidden ? ', hidden until revealed' : ''}.`);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Board and app shortcuts do not apply while typing a note.
    event.stopPropagation();
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      add();
    } else if (event.altKey && event.code === 'KeyT') {
      event.preventDefault();
      props.onTeamChange(cycle(NOTE_TEAMS, team, event.shiftKey ? -1 : 1));
    } else if (event.altKey && event.code === 'KeyA') {
      event.preventDefault();
      props.onAreaChange(cycle(areas.map((a) => a.id), area.id, event.shiftKey ? -1 : 1));
    } else if (event.key === 'Escape') {
      event.currentTarget.blur();
    }
  }

  return (
    <form className={`capture capture--${team}`} onSubmit={add} aria-label="Add a note">
      <div className="capture__main">
        <div className="capture__head">
          <label htmlFor={textId} className="capture__label">
            New note in <strong>{area.title}</strong> from <strong>{NOTE_TEAM_LABELS[team]}</strong>
            {hidden && <span className="capture__private"> (private: hidden until revealed)</span>}
          </label>
          <p className="capture__help muted">
            <kbd>Enter</kbd> add · <kbd>Shift</kbd>+<kbd>Enter</kbd> new line · <kbd>Alt</kbd>+<kbd>T</kbd> team · <kbd>Alt</kbd>+<kbd>A</kbd> area · <kbd>N</kbd> back here
          </p>
        </div>
        <textarea
          id={textId}
          ref={ref}
          className="capture__input"
          rows={1}
          maxLength={NOTE_TEXT_MAX}
          value={text}
          placeholder="Type what the room says, then Enter"
          aria-keyshortcuts="Alt+T Alt+A"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="capture__options">
        <fieldset className="segmented segmented--teams">
          <legend className="visually-hidden">Team</legend>
          {NOTE_TEAMS.map((t) => (
            <label key={t} className={`segmented__option team-option team-option--${t}`}>
              <input type="radio" name={`${textId}-team`} value={t} checked={team === t} onChange={() => props.onTeamChange(t)} />
              {NOTE_TEAM_LABELS[t]}
            </label>
          ))}
        </fieldset>
        <div className="capture__area">
          <label htmlFor={areaSelectId}>Area</label>
          <select id={areaSelectId} value={area.id} onChange={(e) => props.onAreaChange(e.target.value)}>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          Add note
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </form>
  );
});
