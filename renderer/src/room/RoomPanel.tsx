// The facilitator's room controls, beside the workshop's title: open the room on a network, show
// how to join, follow the live figures, close entry for the activity on screen, lock the room,
// remove a participant, close the room.
import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { NetworkChoice } from '../../../shared/room/facilitator';
import { useAppStore, useStoreApi } from '../store/appStore';
import { JoinPanel } from './JoinPanel';
import { RoomCounts } from './RoomCounts';
import { RoomParticipants } from './RoomParticipants';
import { useOpenRoom } from './useRoom';

const networkLabel = (n: NetworkChoice) => `${n.address} (${n.internal ? 'this computer only' : n.name})`;

function OpenRoomForm({ onOpened }: { onOpened(): void }) {
  const { networks, loadNetworks, openRoom, busy } = useAppStore(
    useShallow((s) => ({ networks: s.roomNetworks, loadNetworks: s.loadRoomNetworks, openRoom: s.openRoom, busy: s.roomBusy })),
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const legendId = useId();
  useEffect(() => {
    void loadNetworks();
  }, [loadNetworks]);
  const choices = networks ?? [];
  // The first network other devices can reach, unless the facilitator picked another.
  const address = chosen ?? choices.find((n) => !n.internal)?.address ?? choices[0]?.address ?? null;
  const onlyLocal = choices.length > 0 && choices.every((n) => n.internal);

  return (
    <form
      className="room-panel__open"
      onSubmit={(e) => {
        e.preventDefault();
        if (address) void openRoom(address).then(onOpened);
      }}
    >
      <p>Participants answer, write and vote from their own phones over this laptop’s network: no internet, no account, nothing leaves the room.</p>
      {choices.length > 1 && (
        <fieldset aria-labelledby={legendId}>
          <legend id={legendId}>Network to open the room on</legend>
          {choices.map((n) => (
            <label key={n.address} className="room-panel__network">
              <input type="radio" name="room-network" value={n.address} checked={address === n.address} onChange={() => setChosen(n.address)} />
              {networkLabel(n)}
            </label>
          ))}
        </fieldset>
      )}
      {onlyLocal && <p className="banner banner--warning">No network connection found: join the venue’s Wi-Fi or turn on this laptop’s hotspot, then open the room.</p>}
      <button type="submit" className="button button--primary" disabled={!address || busy}>
        {busy ? 'Opening…' : 'Open the room'}
      </button>
    </form>
  );
}

function OpenRoomControls() {
  const room = useOpenRoom()!;
  const { doc, setLocked, setEntry, closeRoom, busy, showJoin, setShowJoin } = useAppStore(
    useShallow((s) => ({
      doc: s.current!,
      setLocked: s.setRoomLocked,
      setEntry: s.setRoomEntry,
      closeRoom: s.closeRoom,
      busy: s.roomBusy,
      showJoin: s.showJoinScreen,
      setShowJoin: s.setShowJoinScreen,
    })),
  );
  const activityId = doc.runtime.currentActivityId;
  const activity = doc.agenda.find((a) => a.id === activityId);
  const entryOpen = activity ? !room.closedActivityIds.includes(activity.id) : false;
  const takesEntry = activity && (activity.kind === 'diagnostic' || activity.board);

  return (
    <div className="room-panel__live">
      {room.joinUrl && room.address && room.code && <JoinPanel joinUrl={room.joinUrl} shortAddress={room.address} code={room.code} />}
      <RoomCounts doc={doc} room={room} activityId={activityId} />
      <div className="room-panel__actions">
        <button type="button" className="button" aria-pressed={showJoin} onClick={() => setShowJoin(!showJoin)}>
          {showJoin ? 'Back to the activity on the presenter' : 'Show how to join on the presenter'}
        </button>
        {activity && takesEntry && (
          <button type="button" className="button" disabled={busy} onClick={() => void setEntry(activity.id, !entryOpen)}>
            {entryOpen ? `Close entry for “${activity.title}”` : `Reopen entry for “${activity.title}”`}
          </button>
        )}
        <button type="button" className="button" aria-pressed={room.locked} disabled={busy} onClick={() => void setLocked(!room.locked)}>
          {room.locked ? 'Unlock the room' : 'Lock the room'}
        </button>
        <button type="button" className="button button--danger" disabled={busy} onClick={() => void closeRoom()}>
          Close the room
        </button>
      </div>
      {room.locked && <p className="room-panel__hint">Locked: no one new can join; phones already in carry on.</p>}
      <RoomParticipants participants={room.participants} anonymous={doc.settings.anonymous} />
    </div>
  );
}

export function RoomPanel() {
  const room = useOpenRoom();
  const error = useAppStore((s) => s.roomError);
  const [expanded, setExpanded] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const joined = room?.participants.length ?? 0;
  // Once the room opens the panel folds to its button, which then shows the join code: unfolded,
  // it floats over the activity and at 1280×720 covered controls such as Reveal notes.
  // Focus was on "Open the room", which has gone: it goes to the button the panel folded into.
  const store = useStoreApi();
  const onOpened = () => {
    if (!store.getState().room?.open) return;
    setExpanded(false);
    toggle.current?.focus();
  };

  return (
    <div className="room-panel">
      <button ref={toggle} type="button" className={`button${room ? ' room-panel__toggle--open' : ''}`} aria-expanded={expanded} aria-controls={panelId} onClick={() => setExpanded((v) => !v)}>
        {room ? `Room open · ${room.code ? `code ${room.code} · ` : ''}${joined} joined` : 'Room for phones'}
      </button>
      <section
        id={panelId}
        className="room-panel__body"
        hidden={!expanded}
        aria-label="Room for phones"
        onKeyDown={(e) => {
          // Escape folds the panel away, back to its button; an open dialog inside handles its own.
          if (e.key !== 'Escape' || e.defaultPrevented) return;
          e.preventDefault();
          setExpanded(false);
          toggle.current?.focus();
        }}
      >
        {error && (
          <p className="banner banner--warning" role="alert">
            {error}
          </p>
        )}
        {room ? <OpenRoomControls /> : expanded && <OpenRoomForm onOpened={onOpened} />}
      </section>
    </div>
  );
}
