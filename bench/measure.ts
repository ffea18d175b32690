// Timing helpers: repeated runs, median, min, max and percentiles.
export interface Sample {
  median: number;
  min: number;
  max: number;
  p95: number;
  runs: number;
}

export function summarize(values: number[]): Sample {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { median: at(0.5), min: sorted[0]!, max: sorted.at(-1)!, p95: at(0.95), runs: sorted.length };
}

export async function timeRuns(runs: number, fn: () => unknown | Promise<unknown>): Promise<Sample> {
  const values: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    values.push(performance.now() - start);
  }
  return summarize(values);
}

/** The sample with its p95 in the place of the median, for figures whose value is the p95. */
export const atP95 = ({ p95, min, max, runs }: Sample) => ({ median: p95, min, max, runs });

/** One measurement as a sample, for figures measured once (sizes, a load run). */
export const single = (value: number) => ({ median: value, min: value, max: value, runs: 1 });
