// What the phone remembers across reloads and sleeps, in localStorage: who it joined as (token,
// team, name), drafts being typed, answers not submitted yet. Nothing here is secret from the
// person holding the phone; the token only lets this phone speak as itself.
import type { Answer, ParticipantRole } from '../../shared/diagnostic/model';
import type { RoomTeam } from '../../shared/room/contract';

export interface Session {
  token: string;
  participantId: string;
  team: RoomTeam;
  name: string;
  /** Absent in sessions saved before roles. */
  role?: ParticipantRole | null;
  /** The code it joined with, to join again by itself if a reopened room forgot the phone. */
  code: string;
  /** Sent with a join; a resend of the same join gets the same token back. */
  joinId: string;
}

const PREFIX = 'baton.room.';

function read<T>(storage: Storage, key: string): T | null {
  try {
    const text = storage.getItem(PREFIX + key);
    return text === null ? null : (JSON.parse(text) as T);
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, value: unknown): void {
  try {
    if (value === null) storage.removeItem(PREFIX + key);
    else storage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or blocked (private browsing): the page still works while it stays open.
  }
}

/** The join form as last filled in; `role` is absent in forms saved before roles. */
interface RememberedJoinForm {
  team: RoomTeam | null;
  name: string;
  role?: ParticipantRole | null;
  joinId: string;
}

export interface Draft {
  areaId: string;
  text: string;
}

/** Typed state of one phone, each part stored under its own key so a write stays small. */
export function createSessionStore(storage: Storage) {
  return {
    session: () => read<Session>(storage, 'session'),
    setSession: (session: Session | null) => write(storage, 'session', session),
    /** The join form as last filled in: a rejoin after a new code keeps team and name. */
    joinForm: () => read<RememberedJoinForm>(storage, 'join'),
    setJoinForm: (form: Required<RememberedJoinForm> | null) => write(storage, 'join', form),
    draft: (activityId: string) => read<Draft>(storage, `draft.${activityId}`),
    setDraft: (activityId: string, draft: Draft | null) => write(storage, `draft.${activityId}`, draft),
    /** Answers chosen but not submitted yet. */
    answers: (activityId: string) => read<Answer[]>(storage, `answers.${activityId}`),
    setAnswers: (activityId: string, answers: Answer[] | null) => write(storage, `answers.${activityId}`, answers),
    submitted: (activityId: string) => read<boolean>(storage, `submitted.${activityId}`) === true,
    setSubmitted: (activityId: string) => write(storage, `submitted.${activityId}`, true),
    /** Forgets everything of an earlier room (a new code was scanned). */
    clearRoom() {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(PREFIX) && key !== `${PREFIX}join`) keys.push(key);
      }
      for (const key of keys) storage.removeItem(key);
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;

/**
 * An id made on the phone: 16 random bytes, url-safe. crypto.randomUUID needs a secure context
 * (https), which a page served over the room's plain http is not; getRandomValues works anywhere.
 */
export function phoneId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
