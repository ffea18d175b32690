// One benchmark figure as it is printed and written to bench/results.json.
import type { Sample } from './measure';

export interface Figure {
  figure: string;
  value: number;
  unit: string;
  /** The target in words, e.g. "≤ 1.2 × baseline and ≤ 1000 ms". */
  target: string;
  baseline: number | null;
  ratio: number | null;
  meetsTarget: boolean;
  min: number;
  max: number;
  runs: number;
  /** What the baseline is, and anything else worth knowing. */
  note: string;
  /** Set when the machine was busy while this was measured (bench/machineLoad.ts): absolute values read high. */
  busy?: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function figure(spec: {
  figure: string;
  sample: Sample | { median: number; min: number; max: number; runs: number };
  unit: string;
  target: string;
  baseline: number | null;
  meets: (value: number, ratio: number | null) => boolean;
  note: string;
}): Figure {
  const value = spec.sample.median;
  const ratio = spec.baseline ? value / spec.baseline : null;
  return {
    figure: spec.figure,
    value: round(value),
    unit: spec.unit,
    target: spec.target,
    baseline: spec.baseline === null ? null : round(spec.baseline),
    ratio: ratio === null ? null : round(ratio),
    meetsTarget: spec.meets(value, ratio),
    min: round(spec.sample.min),
    max: round(spec.sample.max),
    runs: spec.sample.runs,
    note: spec.note,
  };
}

export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.figure,
    `${f.value} ${f.unit} (min ${f.min}, max ${f.max}, ${f.runs} runs)`,
    f.target,
    f.baseline === null ? '—' : `${f.baseline} ${f.unit}`,
    f.ratio === null ? '—' : `${f.ratio} ×`,
    `${f.meetsTarget ? 'meets' : 'MISSES'}${f.busy ? ' (busy)' : ''}`,
  ]);
  const head = ['figure', 'value', 'target', 'baseline', 'ratio', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
