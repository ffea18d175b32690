// The trend chart: a line per team over the level bands, values where they are, names at the ends.
import { describe, expect, it } from 'vitest';
import type { Trend } from '../compare/trend';
import { all, parseXml, textContents, textsOf, trendInput as threeWorkshops } from './testing';
import { spreadLabels, trendDomain, trendSvg } from './trend';


const pathOf = (svg: string, key: string) => all(parseXml(svg), 'path').find((p) => p.attrs['data-series'] === key);

describe('trendDomain', () => {
  it('shows whole level bands around the values', () => {
    expect(trendDomain([44.3, 66.4])).toEqual([40, 80]);
    expect(trendDomain([60])).toEqual([60, 80]);
    // 80.0 is Integrated: a line ending there is drawn inside the Integrated band, not on its edge.
    expect(trendDomain([58.5, 80])).toEqual([40, 100]);
    expect(trendDomain([100])).toEqual([80, 100]);
    expect(trendDomain([20, 100])).toEqual([20, 100]);
    expect(trendDomain([])).toEqual([20, 100]);
  });
});

describe('spreadLabels', () => {
  it('keeps labels a pitch apart, in order, inside the bounds', () => {
    expect(spreadLabels([100, 105, 300], 20, 0, 400)).toEqual([100, 120, 300]);
    expect(spreadLabels([395, 398], 20, 0, 400)).toEqual([380, 400]);
    expect(spreadLabels([50, 10], 20, 0, 400)).toEqual([50, 10]);
  });
});

describe('trendSvg', () => {
  const svg = trendSvg(threeWorkshops);

  it('draws the level bands the values fall in, named', () => {
    const bands = all(parseXml(svg), 'rect').filter((r) => r.attrs['data-level']).map((r) => r.attrs['data-level']);
    expect(bands).toEqual(['Defined', 'Aligned']);
    expect(textContents(svg)).toEqual(expect.arrayContaining(['Defined', 'Aligned', '40', '60', '80']));
  });

  it('draws a line per series, broken where a workshop has no figure, and a marker per figure', () => {
    expect(pathOf(svg, 'sales')!.attrs.d).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    // Marketing has no figure in the second workshop: two separate points, no line between them.
    expect(pathOf(svg, 'marketing')).toBeUndefined();
    const markers = all(parseXml(svg)).filter((e) => e.attrs['data-marker']);
    expect(markers.filter((m) => m.attrs['data-marker'] === 'marketing')).toHaveLength(2);
    expect(markers).toHaveLength(8);
  });

  it('puts higher scores higher and names each series with its last figure', () => {
    const ys = pathOf(svg, 'sales')!.attrs.d!.split(/[ML]/).filter(Boolean).map((p) => Number(p.split(' ')[1]));
    expect(ys[0]!).toBeGreaterThan(ys[1]!);
    expect(ys[1]!).toBeGreaterThan(ys[2]!);
    expect(textContents(svg)).toEqual(expect.arrayContaining(['Sales 62.0', 'Marketing 66.4', 'Overall 64.2']));
    const labels = textsOf(svg).filter((t) => t.attrs['data-label']).map((t) => Number(t.attrs.y));
    const sorted = [...labels].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(19.9);
  });

  it('names a series that stops before the last workshop above its last marker, with no leader line', () => {
    const stops: Trend = { ...threeWorkshops, series: [...threeWorkshops.series, { key: 'other', label: 'Other', values: [70, 72, null] }] };
    const drawn = trendSvg(stops);
    const label = textsOf(drawn).find((t) => t.attrs['data-label'] === 'other')!;
    const marker = all(parseXml(drawn)).filter((e) => e.attrs['data-marker'] === 'other').at(-1)!;
    expect(label.text).toBe('Other 72.0');
    expect(Math.abs(Number(label.attrs.x) - Number(/^M([\d.]+)/.exec(marker.attrs.d!)![1]))).toBeLessThan(1);
    expect(all(parseXml(drawn), 'line').filter((l) => l.attrs.stroke === '#7b4bc4')).toEqual([]);
  });

  it('labels each workshop with its date', () => {
    expect(textContents(svg)).toEqual(expect.arrayContaining(['14 Jan 2026', '15 Apr 2026', '15 Jul 2026']));
  });

  it('draws only the series asked for', () => {
    const sales = trendSvg(threeWorkshops, { series: ['sales'] });
    expect(all(parseXml(sales)).filter((e) => e.attrs['data-marker'] && e.attrs['data-marker'] !== 'sales')).toEqual([]);
    expect(textContents(sales)).toContain('Sales 62.0');
  });

  it('skips date labels that would collide, keeping the first and last', () => {
    const many: Trend = {
      workshops: Array.from({ length: 20 }, (_, i) => ({ title: `W${i}`, date: `2026-${String((i % 12) + 1).padStart(2, '0')}-01` })),
      series: [{ key: 'sales', label: 'Sales', values: Array.from({ length: 20 }, (_, i) => 40 + i) }],
    };
    const narrow = trendSvg(many, { width: 500 });
    const dates = textsOf(narrow).filter((t) => /\d{4}$/.test(t.text));
    expect(dates.length).toBeLessThan(20);
    expect(dates[0]!.text).toBe('1 Jan 2026');
    expect(dates.at(-1)!.text).toBe('1 Aug 2026');
    const xs = dates.map((d) => Number(d.attrs.x));
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(70);
  });

  it('describes every figure in words', () => {
    const desc = all(parseXml(svg), 'desc')[0]!.text;
    expect(desc).toContain('Sales: 14 Jan 2026 44.3 (Defined), 15 Apr 2026 51.5 (Defined), 15 Jul 2026 62.0 (Aligned).');
    expect(desc).toContain('15 Apr 2026 no score');
  });
});
