// Keeps one phone connected to its room: the event stream of views and receipts, the outbox sent
// in order whenever there is a connection, joining again by itself when a reopened room no longer
// knows the phone, and retrying quietly while the Wi-Fi or the laptop is away.
import type { ParticipantMessageName, ParticipantRequestOf } from '../../shared/room/contract';
import type { ParticipantView } from '../../shared/room/view';
import { createOutbox, type SendOutcome } from './outbox';
import { outMessage, type OutMessage } from './pending';
import { fetchView, join, listen, sendMessage, type Failure } from './roomClient';
import type { Session, SessionStore } from './session';

export type ConnectionState = 'connecting' | 'online' | 'offline';

export interface ConnectionEvents {
  onState(state: ConnectionState): void;
  onView(view: ParticipantView): void;
  /** Something the person should read: a refusal, removal, a closed room. */
  onNotice(text: string): void;
  /** The phone must join again by hand (a new code); the session is already forgotten. */
  onJoinNeeded(reason: string): void;
  /** The facilitator removed this phone from the room. */
  onRemoved(reason: string): void;
  /** The outbox changed (a message added, sent or confirmed). */
  onOutbox(): void;
}

const RETRY_MS = 3000;

export function createConnection(storage: Storage, sessions: SessionStore, events: ConnectionEvents) {
  const outbox = createOutbox<OutMessage>(storage, 'baton.room.outbox');
  let session: Session | null = null;
  let stopListening: (() => void) | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let state: ConnectionState = 'connecting';
  let rejoining = false;

  function setState(next: ConnectionState) {
    if (next === state) return;
    state = next;
    events.onState(next);
  }

  function stop() {
    stopListening?.();
    stopListening = null;
    clearTimeout(retryTimer);
    clearTimeout(flushTimer);
  }

  function retryLater(ms = RETRY_MS) {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void probe(), ms);
  }

  function handle(failure: Failure): void {
    switch (failure.kind) {
      case 'unknown-phone':
        void rejoin();
        return;
      case 'removed':
        stop();
        outbox.clear();
        sessions.setSession(null);
        session = null;
        events.onRemoved(failure.message);
        return;
      case 'closed':
        setState('offline');
        retryLater(RETRY_MS * 2);
        return;
      case 'retry':
        setState('offline');
        retryLater(failure.afterMs);
        return;
      case 'refused':
        events.onNotice(failure.message);
    }
  }

  /** Finds out why the stream broke for good, then reconnects or acts on the answer. */
  async function probe(): Promise<void> {
    if (!session) return;
    const answer = await fetchView(session.token);
    if (answer.ok) {
      events.onView(answer.value);
      open();
    } else handle(answer.failure);
  }

  function open(): void {
    if (!session) return;
    stopListening?.();
    setState('connecting');
    stopListening = listen(session.token, {
      onOpen() {
        clearTimeout(retryTimer);
        setState('online');
        // Perhaps a restarted laptop that forgot what it had accepted: everything waiting goes again.
        outbox.resendAll();
        void flush();
      },
      onView: (view) => events.onView(view),
      onReceipt(receipt) {
        if (receipt.status === 'queued') return;
        outbox.confirm(receipt.id);
        if (receipt.status === 'refused') events.onNotice(receipt.reason ?? 'The laptop did not take one of your changes.');
        events.onOutbox();
      },
      onBroken(final) {
        setState('offline');
        if (final) {
          stopListening?.();
          stopListening = null;
          retryLater();
        }
      },
    });
  }

  async function rejoin(): Promise<void> {
    if (!session || rejoining) return;
    rejoining = true;
    const { joinId, code, team, name, role = null } = session;
    const answer = await join({ joinId, code, team, name, role });
    rejoining = false;
    if (answer.ok) {
      session = { ...session, token: answer.value.token, participantId: answer.value.participantId };
      sessions.setSession(session);
      open();
    } else if (answer.failure.kind === 'refused') {
      stop();
      session = null;
      sessions.setSession(null);
      events.onJoinNeeded(`The room no longer takes your earlier code (${answer.failure.message}) Type the code shown on the screen.`);
    } else if (answer.failure.kind !== 'unknown-phone') handle(answer.failure);
  }

  async function send(message: OutMessage): Promise<SendOutcome> {
    if (!session) return 'retry';
    const answer = await sendMessage(session.token, message.name, message.body as never);
    if (answer.ok) {
      const { status, reason } = answer.value;
      return status === 'stored' ? 'done' : status === 'refused' ? { refused: reason ?? 'The laptop did not take it.' } : 'sent';
    }
    if (answer.failure.kind === 'refused') return { refused: answer.failure.message };
    handle(answer.failure);
    return 'retry';
  }

  async function flush(): Promise<void> {
    clearTimeout(flushTimer);
    const refusals = await outbox.flush(send);
    for (const reason of refusals) events.onNotice(reason);
    events.onOutbox();
    // Something still unsent (offline, busy): try again shortly even if no event says so.
    if (session && outbox.pending().length > 0) flushTimer = setTimeout(() => void flush(), RETRY_MS * 2);
  }

  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => {
      if (session) void probe();
    });
  }

  return {
    pending: () => outbox.pending(),
    state: () => state,
    start(next: Session) {
      stop();
      session = next;
      open();
    },
    /** Keeps a change on the phone and sends it as soon as it can. */
    post<K extends ParticipantMessageName>(name: K, body: ParticipantRequestOf<K>) {
      outbox.add(outMessage(name, body));
      events.onOutbox();
      void flush();
    },
    /** Forgets the room: a new code was scanned. */
    reset() {
      stop();
      session = null;
      outbox.clear();
    },
  };
}
export type Connection = ReturnType<typeof createConnection>;
