// Browser mode's implementation of the Baton API: each contract channel becomes a POST to the
// local bridge, carrying the per-launch token the start-up line printed in the URL fragment.
import type { BatonApi, ChannelMethods } from '../../../shared/ipc/api';
import { TOKEN_HEADER } from '../../../shared/ipc/bridge';
import { channelNames } from '../../../shared/ipc/contract';
import { fail, type Result } from '../../../shared/result';

const TOKEN_KEY = 'baton.token';

/**
 * Takes the token from `#token=…` once and keeps it for this tab, then clears the fragment so the
 * secret is not shown on a projected address bar or kept in history.
 */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match) {
    storage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return storage.getItem(TOKEN_KEY);
}

async function post(channel: string, token: string, request: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: request === undefined ? '' : JSON.stringify(request),
    });
  } catch {
    return fail('internal', 'Baton is not running any more. Start it again with npm start, then reload this page.');
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return fail('internal', `The bridge answered ${response.status} without a readable body.`);
  }
}

export function createBridgeApi(token: string): BatonApi {
  const methods = Object.fromEntries(
    channelNames.map((name) => [name, (request?: unknown) => post(name, token, request)]),
  ) as unknown as ChannelMethods;
  return {
    ...methods,
    shell: 'browser',
    // The native menu exists only in Electron; in the browser the same commands come from shortcuts.
    onCommand: () => () => undefined,
    // A browser tab is never asked by the operating system to open a file.
    onOpenFile: () => () => undefined,
  };
}
