// Change times of stored documents: every save gets a time strictly after the one it replaces, so
// a conflict check (`expectedUpdatedAt`) tells any two versions apart even within a millisecond.
export function laterTimestamp(previous: string, now: Date): string {
  return new Date(Math.max(now.getTime(), Date.parse(previous) + 1)).toISOString();
}
