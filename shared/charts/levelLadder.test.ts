// The level ladder: positions on the 20–100 scale, staggered labels, the target band, words for every value.
import { describe, expect, it } from 'vitest';
import { LADDER_PADDING_X, ladderScale, levelLadderSvg } from './levelLadder';
import { all, ladderInput, parseXml, result, textContents, textsOf } from './testing';

function markerX(svg: string, key: string): number {
  const shape = all(parseXml(svg)).find((e) => e.attrs['data-marker'] === key);
  if (!shape) throw new Error(`No ${key} marker`);
  if (shape.name === 'circle') return Number(shape.attrs.cx);
  if (shape.name === 'rect') return Number(shape.attrs.x) + Number(shape.attrs.width) / 2;
  return Number(/^M([\d.]+)/.exec(shape.attrs.d!)![1]);
}

const labelOf = (svg: string, key: string) => textsOf(svg).find((t) => t.attrs['data-label'] === key)!;

describe('the scoring the charts are drawn from', () => {
  it('has the team means, gaps and gaps the tests rely on', () => {
    expect(result.teams.sales?.mean).toBe(51.3);
    expect(result.teams.marketing?.mean).toBe(63.5);
    expect(result.overall.mean).toBe(57.4);
    expect(result.statements[2]!.gap).toBe(2.17);
    expect(result.statements[19]!.teams.marketing).toBeUndefined();
  });
});

describe('ladderScale', () => {
  it('puts 20 at the left edge, 100 at the right edge and 60 on the Defined/Aligned boundary', () => {
    for (const width of [900, 600]) {
      const x = ladderScale(width);
      expect(x(20)).toBe(LADDER_PADDING_X);
      expect(x(100)).toBe(width - LADDER_PADDING_X);
      const bands = all(parseXml(levelLadderSvg({}, { width })), 'rect').filter((r) => r.attrs['data-level']);
      const defined = bands.find((r) => r.attrs['data-level'] === 'Defined')!;
      const aligned = bands.find((r) => r.attrs['data-level'] === 'Aligned')!;
      expect(Number(defined.attrs.x) + Number(defined.attrs.width)).toBeCloseTo(x(60), 2);
      expect(Number(aligned.attrs.x)).toBeCloseTo(x(60), 2);
    }
  });
});

describe('levelLadderSvg', () => {
  const svg = levelLadderSvg(ladderInput);

  it('labels the four bands and the ticks 20, 40, 60, 80, 100', () => {
    const texts = textContents(svg);
    expect(texts).toEqual(expect.arrayContaining(['Undefined', 'Defined', 'Aligned', 'Integrated', '20–39', '80–100']));
    expect(texts).toEqual(expect.arrayContaining(['20', '40', '60', '80', '100']));
  });

  it('puts each marker at its score and labels it in words', () => {
    const x = ladderScale();
    expect(markerX(svg, 'sales')).toBeCloseTo(x(51.3), 1);
    expect(markerX(svg, 'marketing')).toBeCloseTo(x(63.5), 1);
    expect(markerX(svg, 'overall')).toBeCloseTo(x(57.4), 1);
    expect(markerX(svg, 'other')).toBeCloseTo(x(60), 1);
    expect(textContents(svg)).toEqual(expect.arrayContaining(['Sales 51.3', 'Marketing 63.5', 'Overall 57.4', 'Other 60.0']));
  });

  it('leaves out markers without a score', () => {
    const only = levelLadderSvg({ sales: 44, marketing: null });
    expect(textContents(only)).toContain('Sales 44.0');
    expect(only).not.toContain('data-marker="marketing"');
    expect(textContents(levelLadderSvg({}))).toContain('No scores yet');
  });

  it('staggers markers that would overlap onto separate rows', () => {
    const close = levelLadderSvg({ sales: 55.3, marketing: 55.5, overall: 55.4 });
    const ys = ['sales', 'marketing', 'overall'].map((key) => Number(labelOf(close, key).attrs.y));
    expect(new Set(ys).size).toBe(3);
  });

  it('keeps markers far apart on one row', () => {
    const apart = levelLadderSvg({ sales: 30, marketing: 90 });
    expect(labelOf(apart, 'sales').attrs.y).toBe(labelOf(apart, 'marketing').attrs.y);
  });

  it('outlines the target band and labels it', () => {
    const x = ladderScale();
    const outline = all(parseXml(svg), 'rect').find((r) => r.attrs['data-target-band'] === 'Aligned')!;
    expect(Number(outline.attrs.x)).toBeGreaterThanOrEqual(x(60));
    expect(Number(outline.attrs.x) + Number(outline.attrs.width)).toBeLessThanOrEqual(x(80));
    expect(textContents(svg)).toContain('Target: Aligned');
    expect(textContents(levelLadderSvg({ sales: 50 }))).not.toContain('Target: Aligned');
  });

  it('describes the scores and their levels in words', () => {
    const desc = all(parseXml(svg), 'desc')[0]!.text;
    expect(desc).toContain('Sales 51.3 (Defined)');
    expect(desc).toContain('Marketing 63.5 (Aligned)');
    expect(desc).toContain('Target: Aligned');
  });
});
