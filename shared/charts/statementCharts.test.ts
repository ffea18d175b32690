// The statement and sub-score bar charts: a row per statement or group, every mean as text, gaps marked.
import { describe, expect, it } from 'vitest';
import { scoreDiagnostic } from '../diagnostic/score';
import { STATEMENTS, STATEMENT_GROUPS } from '../diagnostic/statements';
import { pairedBarsLayout } from './pairedBars';
import { statementBarsSvg, subscoresSvg } from './statementCharts';
import { SALES, all, parseXml, participants, result, textContents, textsOf } from './testing';
import { CHART_PALETTES } from './theme';

describe('statementBarsSvg', () => {
  const svg = statementBarsSvg(result);
  const rowTexts = (chart: string, key: string) => textsOf(chart).filter((t) => t.attrs['data-row'] === key);

  it('has a row for every statement with its number, short label and both means', () => {
    for (const s of result.statements) {
      const texts = rowTexts(svg, `s${s.statement}`);
      const words = texts.map((t) => t.text);
      expect(words).toContain(`${s.statement}.`);
      const labelLines = texts.filter((x) => !x.attrs['data-team'] && !/^\d+\.$/.test(x.text) && !x.text.startsWith('gap '));
      expect(labelLines.map((x) => x.text).join(' ')).toBe(STATEMENTS[s.statement - 1]!.short);
      const value = (team: string) => texts.find((x) => x.attrs['data-team'] === team)!.text;
      expect(value('sales')).toBe(s.teams.sales!.mean.toFixed(2));
      expect(value('marketing')).toBe(s.teams.marketing ? s.teams.marketing.mean.toFixed(2) : 'no answers');
    }
  });

  it('writes means with two decimals', () => {
    expect(rowTexts(svg, 's1').find((x) => x.attrs['data-team'] === 'sales')!.text).toBe('4.33');
    expect(rowTexts(svg, 's1').find((x) => x.attrs['data-team'] === 'marketing')!.text).toBe('3.00');
  });

  it('marks flagged gaps with their value and leaves the others unmarked', () => {
    expect(rowTexts(svg, 's3').map((x) => x.text)).toContain('gap +2.17');
    expect(rowTexts(svg, 's1').map((x) => x.text)).toContain('gap −1.33');
    expect(rowTexts(svg, 's5').some((x) => x.text.startsWith('gap'))).toBe(false);
    expect(rowTexts(svg, 's20').some((x) => x.text.startsWith('gap'))).toBe(false);
  });

  it('tells sales from marketing without colour: S and M letters, a legend, solid against outlined bars', () => {
    const texts = textContents(svg);
    expect(texts.filter((x) => x === 'S').length).toBeGreaterThanOrEqual(20);
    expect(texts.filter((x) => x === 'M').length).toBeGreaterThanOrEqual(20);
    expect(texts).toEqual(expect.arrayContaining(['Sales', 'Marketing']));
    const bar = (team: string) => all(parseXml(svg), 'rect').find((r) => r.attrs['data-team'] === team)!;
    expect(bar('sales').attrs.stroke).toBeUndefined();
    expect(bar('marketing').attrs.stroke).toBe(CHART_PALETTES.light.marketing);
  });

  it('draws each bar from 1 to its mean on the 1–5 scale', () => {
    const { scale } = pairedBarsLayout(900, { numbered: true, gaps: true });
    const bar = all(parseXml(svg), 'rect').find((r) => r.attrs['data-row'] === 's3' && r.attrs['data-team'] === 'sales')!;
    expect(Number(bar.attrs.x)).toBeCloseTo(scale(1), 1);
    expect(Number(bar.attrs.x) + Number(bar.attrs.width)).toBeCloseTo(scale(2.33), 1);
  });

  it('orders by statement number by default and by the size of the gap on request', () => {
    const order = (chart: string) => textsOf(chart).filter((x) => /^\d+\.$/.test(x.text)).map((x) => Number.parseInt(x.text, 10));
    expect(order(svg)).toEqual(STATEMENTS.map((s) => s.number));
    const byGap = order(statementBarsSvg(result, { order: 'gap' }));
    expect(byGap.slice(0, 4)).toEqual([3, 1, 2, 4]);
    expect(byGap.at(-1)).toBe(20);
    const sizes = byGap.map((n) => result.statements[n - 1]!.gap).filter((g) => g !== null).map(Math.abs);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('shows "no answers" for a team that has not answered', () => {
    const salesOnly = scoreDiagnostic(participants('sales', SALES));
    const texts = textContents(statementBarsSvg(salesOnly));
    expect(texts.filter((x) => x === 'no answers')).toHaveLength(20);
    expect(texts.some((x) => /^gap [+−]/.test(x))).toBe(false);
  });
});

describe('subscoresSvg', () => {
  const svg = subscoresSvg(result);

  it('has the six groups with sales and marketing means as text', () => {
    for (const group of STATEMENT_GROUPS) {
      const texts = textsOf(svg).filter((x) => x.attrs['data-row'] === group.id);
      expect(texts.map((x) => x.text)).toContain(group.name);
      expect(texts.find((x) => x.attrs['data-team'] === 'sales')!.text).toBe(result.subscores.sales![group.id]!.toFixed(2));
      expect(texts.find((x) => x.attrs['data-team'] === 'marketing')!.text).toBe(result.subscores.marketing![group.id]!.toFixed(2));
    }
    expect(textContents(svg)).toEqual(expect.arrayContaining(['S', 'M', 'Sales', 'Marketing']));
  });
});
