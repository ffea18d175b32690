// The phone's side of the participant contract (shared/room/contract.ts): JSON requests to the
// room server that served this page, and its event stream of views and receipts. Every failure
// becomes a value the page can act on: try later, join again, or the room is gone.
import type { JoinAnswer, JoinRequest, MessageReceipt, ParticipantMessageName, ParticipantRequestOf } from '../../shared/room/contract';
import type { ParticipantView } from '../../shared/room/view';
import type { Result } from '../../shared/result';
import { ROOM_PATHS } from '../../shared/room/paths';

/** What a request came to, beyond a plain answer. */
export type Failure =
  /** No network, a timeout, a restart under way, too many requests: try again later. */
  | { kind: 'retry'; message: string; afterMs?: number }
  /** The room no longer knows this phone's token (a new room): join again. */
  | { kind: 'unknown-phone' }
  /** The facilitator removed this phone. */
  | { kind: 'removed'; message: string }
  /** The room is closed (it may be opened again). */
  | { kind: 'closed'; message: string }
  /** Refused for good: a wrong code, a locked room, entry closed, an invalid message. */
  | { kind: 'refused'; message: string };

export type Answer<T> = { ok: true; value: T } | { ok: false; failure: Failure };

const TIMEOUT_MS = 15_000;

async function call<T>(path: string, init: { method: 'GET' | 'POST'; token?: string; body?: unknown }): Promise<Answer<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method,
      headers: {
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: 'no-store',
      signal: controller.signal,
    });
  } catch {
    return { ok: false, failure: { kind: 'retry', message: 'Not connected to the room.' } };
  } finally {
    clearTimeout(timer);
  }
  let result: Result<T> | null = null;
  try {
    result = (await response.json()) as Result<T>;
  } catch {
    // A proxy or a half-started server; treated by its status below.
  }
  if (result?.ok) return { ok: true, value: result.value };
  const message = result?.error.message ?? `The room answered ${response.status}.`;
  switch (response.status) {
    case 401:
      return { ok: false, failure: { kind: 'unknown-phone' } };
    case 403:
      return { ok: false, failure: { kind: 'removed', message } };
    case 410:
      return { ok: false, failure: { kind: 'closed', message } };
    case 429: {
      const seconds = Number(response.headers.get('Retry-After'));
      return { ok: false, failure: { kind: 'retry', message, afterMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 5000 } };
    }
    default:
      return { ok: false, failure: response.status >= 500 || !result ? { kind: 'retry', message } : { kind: 'refused', message } };
  }
}

export function join(request: JoinRequest): Promise<Answer<JoinAnswer>> {
  return call<JoinAnswer>(`${ROOM_PATHS.api}join`, { method: 'POST', body: request });
}

export function sendMessage<K extends ParticipantMessageName>(token: string, name: K, message: ParticipantRequestOf<K>): Promise<Answer<MessageReceipt>> {
  return call<MessageReceipt>(`${ROOM_PATHS.api}${name}`, { method: 'POST', token, body: message });
}

export function fetchView(token: string): Promise<Answer<ParticipantView>> {
  return call<ParticipantView>(`${ROOM_PATHS.api}view`, { method: 'GET', token });
}

export interface EventHandlers {
  onOpen(): void;
  onView(view: ParticipantView): void;
  onReceipt(receipt: MessageReceipt): void;
  /** The stream broke; the browser retries by itself unless `final` (then the caller decides). */
  onBroken(final: boolean): void;
}

/** Listens to the room's event stream; returns the function that stops listening. */
export function listen(token: string, handlers: EventHandlers): () => void {
  const source = new EventSource(`${ROOM_PATHS.events}?token=${encodeURIComponent(token)}`);
  const parse = (event: Event): unknown => {
    try {
      return JSON.parse((event as MessageEvent<string>).data) as unknown;
    } catch {
      return null;
    }
  };
  source.addEventListener('open', () => handlers.onOpen());
  source.addEventListener('view', (event) => {
    const view = parse(event);
    if (view) handlers.onView(view as ParticipantView);
  });
  source.addEventListener('receipt', (event) => {
    const receipt = parse(event);
    if (receipt) handlers.onReceipt(receipt as MessageReceipt);
  });
  source.addEventListener('error', () => handlers.onBroken(source.readyState === EventSource.CLOSED));
  return () => source.close();
}
