// Documents main holds are never changed in place: indentedJson.ts reuses the bytes of every
// object it wrote on that rule, so an in-place change would be saved as the old bytes, silently.
// Freezing every document as it is stored or read makes such a change throw instead (ES modules
// run in strict mode), in tests and in use. Parts shared with an earlier version are frozen
// already, so a save freezes only the objects it made: the path down to what changed.

export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  for (const member of Object.values(value)) deepFreeze(member);
  return value;
}
