// Linear scales from data values to chart coordinates.

export interface Scale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = (value: number) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
  return Object.assign(scale, { domain, range });
}
