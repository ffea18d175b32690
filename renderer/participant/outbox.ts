// What the phone has to send, kept in localStorage until the laptop confirms it: nothing typed is
// lost when the Wi-Fi drops, the phone sleeps or the page reloads. Every message carries an id made
// on the phone, so a resend after a lost answer is recognised by the laptop and applied once.
// Messages for the same slot (one answer, one note, one ballot) replace each other while they wait,
// because each carries the whole new value: only the latest one matters.

export interface Queued {
  /** Made on the phone; the laptop applies a message with a given id once. */
  id: string;
  /** What the message sets; a newer message for the same slot replaces a waiting one. */
  slot: string;
}

/**
 * What became of one send: confirmed (`done`), accepted but not yet confirmed (`sent`: kept until
 * `confirm`, and sent again after `resendAll`), refused for good, or to try again later.
 */
export type SendOutcome = 'done' | 'sent' | { refused: string } | 'retry';

export interface Outbox<M extends Queued> {
  /** Messages not yet confirmed, oldest first. */
  pending(): readonly M[];
  add(message: M): void;
  /**
   * Sends the messages not sent yet on this connection, one at a time, oldest first, until one
   * must wait for the connection. Resolves with the reasons of messages the laptop refused.
   */
  flush(send: (message: M) => Promise<SendOutcome>): Promise<string[]>;
  /** The laptop confirmed (or refused) a message it had accepted: it leaves the outbox. */
  confirm(id: string): void;
  /** A new connection (perhaps to a restarted laptop): every waiting message is sent again. */
  resendAll(): void;
  clear(): void;
}

export function createOutbox<M extends Queued>(storage: Storage, storageKey: string): Outbox<M> {
  let queue: M[] = read();
  let flushing: Promise<string[]> | null = null;
  // Sent on this connection and accepted: not sent again unless the connection starts over.
  const sent = new Set<string>();

  function read(): M[] {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(storageKey) ?? '[]');
      return Array.isArray(parsed) ? (parsed as M[]) : [];
    } catch {
      return [];
    }
  }

  function write(): void {
    try {
      if (queue.length === 0) storage.removeItem(storageKey);
      else storage.setItem(storageKey, JSON.stringify(queue));
    } catch {
      // A full or blocked storage keeps the queue in memory: it is still sent while the page lives.
    }
  }

  async function run(send: (message: M) => Promise<SendOutcome>): Promise<string[]> {
    const refusals: string[] = [];
    for (;;) {
      const message = queue.find((m) => !sent.has(m.id));
      if (!message) break;
      const outcome = await send(message);
      if (outcome === 'retry') break;
      if (outcome === 'sent') {
        sent.add(message.id);
        continue;
      }
      if (typeof outcome === 'object') refusals.push(outcome.refused);
      remove(message.id);
    }
    return refusals;
  }

  function remove(id: string): void {
    // Only this exact message leaves: a newer one for the same slot may have replaced it meanwhile.
    sent.delete(id);
    const rest = queue.filter((m) => m.id !== id);
    if (rest.length === queue.length) return;
    queue = rest;
    write();
  }

  return {
    pending: () => queue,
    confirm: remove,
    resendAll: () => sent.clear(),
    add(message) {
      queue = [...queue.filter((m) => m.slot !== message.slot), message];
      write();
    },
    flush(send) {
      flushing ??= run(send).finally(() => (flushing = null));
      return flushing;
    },
    clear() {
      queue = [];
      write();
    },
  };
}
