// Where things are on the room server, shared by the server, the phone page and the join QR code.
// Kept apart from contract.ts (and zod) so the phone page can use it and stay small.

/** Paths of the room server. */
export const ROOM_PATHS = {
  api: '/room/api/',
  events: '/room/events',
} as const;

/**
 * The address a QR code carries: the room's page with the join code in the fragment, which the
 * browser never sends to a server, so the code is not kept in any request log.
 */
export function joinLink(origin: string, code: string): string {
  return `${origin}/#code=${encodeURIComponent(code)}`;
}

/** The join code a scanned link carries, upper-cased; null when the page was opened without one. */
export function codeFromJoinLink(hash: string, search = ''): string | null {
  const match = /[#&?]code=([A-Za-z0-9-]{1,16})/.exec(hash + search);
  return match ? match[1]!.toUpperCase() : null;
}
