// The browser bridge's wire details that its server (main/bridge) and its client (the renderer) share.
/** The header carrying the per-launch token; HTTP header names are case-insensitive. */
export const TOKEN_HEADER = 'x-baton-token';
