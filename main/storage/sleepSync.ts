// Waits without returning to the event loop: storage retries (a rename Windows refuses for a
// moment, a lock being taken over) stay inside one synchronous call, so no other write runs between.
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
