// The bench machine is shared: how busy it is, printed at the start of a run and attached to
// every absolute figure measured while other work was running (ratios to a same-run baseline
// travel better; absolute times from a busy machine read high).
import os from 'node:os';
import type { Figure } from './figure';

export interface MachineLoad {
  /** One-minute load average. */
  load: number;
  cpus: number;
  busy: boolean;
}

export function machineLoad(): MachineLoad {
  const load = os.loadavg()[0]!;
  const cpus = os.cpus().length;
  // More runnable work than three quarters of the cores: our timings share the CPU.
  return { load, cpus, busy: load > cpus * 0.75 };
}

export const describeLoad = ({ load, cpus }: MachineLoad) => `load average ${load.toFixed(2)} on ${cpus} CPU${cpus === 1 ? '' : 's'}`;

/** Runs one group of measurements and flags its figures when the machine was busy before or after it. */
export async function measuredUnderLoad(measure: () => Promise<Figure | Figure[]>): Promise<Figure[]> {
  const before = machineLoad();
  const figures = [await measure()].flat();
  const after = machineLoad();
  const busiest = before.load >= after.load ? before : after;
  if (!busiest.busy) return figures;
  return figures.map((f) => ({ ...f, busy: `measured while the machine was busy (${describeLoad(busiest)})` }));
}
