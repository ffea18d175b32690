// The transport-agnostic entry for every request: Electron IPC and the browser bridge both call
// this, so validation and error reporting are identical in the two shells.
import { contract, isChannelName, type ChannelName } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/result';
import { parseWith } from '../../shared/validation';
import type { Handler, Handlers } from './handlers';

/** No space left, or over the user's disk quota: writes fail part way and are undone (atomicWrite.ts). */
const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
export const DISK_FULL_MESSAGE = 'The disk is full, so this was not saved. Free some space and try again; everything saved before is kept.';

export type Dispatch = (channel: string, payload: unknown) => Promise<Result<unknown>>;

export function createDispatch(handlers: Handlers, log: (message: string) => void = console.error): Dispatch {
  return async (channel, payload) => {
    if (!isChannelName(channel)) return fail('unknown-channel', `There is no request called "${channel}".`);
    const parsed = parseWith(contract[channel].request, payload, `The ${channel} request`);
    if (!parsed.ok) return parsed;
    try {
      const handler = handlers[channel] as Handler<ChannelName>;
      return await handler(parsed.value as never);
    } catch (error) {
      // Reaching here is a bug or an I/O failure; the renderer gets a message, the log gets the stack.
      log(`${channel} failed: ${(error as Error).stack ?? String(error)}`);
      if (DISK_FULL.has((error as NodeJS.ErrnoException).code ?? '')) return fail('disk-full', DISK_FULL_MESSAGE);
      return fail('internal', `Baton could not complete ${channel}: ${(error as Error).message}`);
    }
  };
}
