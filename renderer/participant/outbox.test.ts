import { describe, expect, it } from 'vitest';
import { createOutbox, type Queued, type SendOutcome } from './outbox';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

interface Message extends Queued {
  value: number;
}
const message = (id: string, slot: string, value = 0): Message => ({ id, slot, value });

describe('the phone outbox', () => {
  it('keeps waiting messages across a reload of the page', () => {
    const storage = new MemoryStorage();
    createOutbox<Message>(storage, 'box').add(message('m1', 'a'));
    expect(createOutbox<Message>(storage, 'box').pending()).toEqual([message('m1', 'a')]);
  });

  it('keeps only the latest message for a slot while they wait', () => {
    const box = createOutbox<Message>(new MemoryStorage(), 'box');
    box.add(message('m1', 'answer-3', 2));
    box.add(message('m2', 'note-x', 1));
    box.add(message('m3', 'answer-3', 5));
    expect(box.pending().map((m) => m.id)).toEqual(['m2', 'm3']);
  });

  it('stops at the first message that must wait and sends it again later, in order', async () => {
    const box = createOutbox<Message>(new MemoryStorage(), 'box');
    ['m1', 'm2', 'm3'].forEach((id) => box.add(message(id, id)));
    const sent: string[] = [];
    let online = true;
    const send = async (m: Message): Promise<SendOutcome> => {
      if (m.id === 'm2' && online) {
        online = false;
        return 'retry';
      }
      sent.push(m.id);
      return 'done';
    };
    await box.flush(send);
    expect(box.pending().map((m) => m.id)).toEqual(['m2', 'm3']);
    await box.flush(send);
    expect(sent).toEqual(['m1', 'm2', 'm3']);
    expect(box.pending()).toEqual([]);
  });

  it('drops a refused message and reports why', async () => {
    const box = createOutbox<Message>(new MemoryStorage(), 'box');
    box.add(message('m1', 'a'));
    box.add(message('m2', 'b'));
    const refusals = await box.flush(async (m) => (m.id === 'm1' ? { refused: 'Entry is closed' } : 'done'));
    expect(refusals).toEqual(['Entry is closed']);
    expect(box.pending()).toEqual([]);
  });

  it('sends a message added for the same slot while the older one was on its way', async () => {
    const box = createOutbox<Message>(new MemoryStorage(), 'box');
    box.add(message('m1', 'a', 1));
    const sent: number[] = [];
    await box.flush(async (m) => {
      sent.push(m.value);
      if (m.id === 'm1') box.add(message('m2', 'a', 2));
      return 'done';
    });
    expect(sent).toEqual([1, 2]);
    expect(box.pending()).toEqual([]);
  });

  it('keeps an accepted message until it is confirmed, and sends it again on a new connection', async () => {
    const box = createOutbox<Message>(new MemoryStorage(), 'box');
    box.add(message('m1', 'a'));
    box.add(message('m2', 'b'));
    const sent: string[] = [];
    const send = async (m: Message): Promise<SendOutcome> => {
      sent.push(m.id);
      return 'sent';
    };
    await box.flush(send);
    await box.flush(send);
    expect(sent).toEqual(['m1', 'm2']);
    box.confirm('m1');
    box.resendAll();
    await box.flush(send);
    expect(sent).toEqual(['m1', 'm2', 'm2']);
    expect(box.pending().map((m) => m.id)).toEqual(['m2']);
  });

  it('runs one flush at a time', async () => {
    const box = createOutbox<Message>(new MemoryStorage(), 'box');
    box.add(message('m1', 'a'));
    let calls = 0;
    const send = async (): Promise<SendOutcome> => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      return 'done';
    };
    await Promise.all([box.flush(send), box.flush(send)]);
    expect(calls).toBe(1);
  });
});
