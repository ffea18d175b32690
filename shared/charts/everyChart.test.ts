// What holds for every chart in every theme: well-formed, accessible SVG svg-to-pdfkit can draw,
// readable text sizes and palettes with enough contrast.
import { describe, expect, it } from 'vitest';
import { levelLadderSvg } from './levelLadder';
import { statementBarsSvg, subscoresSvg } from './statementCharts';
import { all, ladderInput, parseXml, result, textsOf, trendInput } from './testing';
import { trendSvg } from './trend';
import { timelineSvg } from './timeline';
import { CHART_FONT_SIZE, CHART_PALETTES, DEFAULT_FONT_FAMILY, type ChartTheme } from './theme';

const THEMES: ChartTheme[] = ['light', 'dark', 'contrast'];
const allCharts = (theme: ChartTheme) => ({
  ladder: levelLadderSvg(ladderInput, { theme, title: 'Where we stand' }),
  statements: statementBarsSvg(result, { theme }),
  byGap: statementBarsSvg(result, { theme, order: 'gap' }),
  subscores: subscoresSvg(result, { theme }),
  trend: trendSvg(trendInput, { theme, title: 'Over time' }),
  timeline: timelineSvg(
    {
      startIso: '2026-10-14',
      rerunIso: '2027-01-12',
      todayIso: '2026-11-30',
      actions: [
        { number: 1, owner: 'Ann', dueIso: '2026-11-01', status: 'open', overdue: true },
        { number: 2, owner: '', dueIso: '2026-12-01', status: 'in-progress', overdue: false },
        { number: 3, owner: 'Bo', dueIso: '2027-02-01', status: 'done', overdue: false },
      ],
    },
    { theme },
  ),
});

describe('every chart', () => {
  const ALLOWED = new Set(['svg', 'g', 'rect', 'line', 'path', 'circle', 'text', 'tspan', 'title', 'desc']);

  for (const theme of THEMES) {
    it(`is well-formed, accessible SVG that svg-to-pdfkit can draw (${theme})`, () => {
      for (const [name, svg] of Object.entries(allCharts(theme))) {
        const root = parseXml(svg);
        expect(root.name, name).toBe('svg');
        const { width, height, viewBox, role } = root.attrs;
        expect(Number(width)).toBeGreaterThan(0);
        expect(Number(height)).toBeGreaterThan(0);
        expect(viewBox).toBe(`0 0 ${width} ${height}`);
        expect(role).toBe('img');
        expect(root.attrs['font-family']).toBe(DEFAULT_FONT_FAMILY);
        expect(root.children.slice(0, 2).map((c) => c.name), name).toEqual(['title', 'desc']);
        expect(root.children[0]!.text.length).toBeGreaterThan(0);
        expect(root.children[1]!.text.length).toBeGreaterThan(20);
        for (const element of all(root)) {
          expect(ALLOWED.has(element.name), `${name}: <${element.name}>`).toBe(true);
          expect(element.attrs.class ?? element.attrs.style, name).toBeUndefined();
          expect(element.attrs['font-style'], 'pdfmake needs a font file for each style used').toBeUndefined();
        }
      }
    });

    it(`uses text at least ${CHART_FONT_SIZE.small}px and only text colours with AA contrast (${theme})`, () => {
      const palette = CHART_PALETTES[theme];
      for (const svg of Object.values(allCharts(theme))) {
        for (const element of textsOf(svg)) {
          expect(Number(element.attrs['font-size'])).toBeGreaterThanOrEqual(14);
          expect([palette.text, palette.muted]).toContain(element.attrs.fill);
        }
      }
    });
  }

  it('scales with the width option', () => {
    const root = parseXml(statementBarsSvg(result, { width: 600 }));
    expect(root.attrs.width).toBe('600');
  });
});

describe('palettes', () => {
  const luminance = (hex: string) => {
    const n = Number.parseInt(hex.slice(1), 16);
    const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  for (const theme of THEMES) {
    it(`meets WCAG AA for text on every surface and 3:1 for marks (${theme})`, () => {
      const p = CHART_PALETTES[theme];
      for (const surface of [p.background, p.highlight, ...p.bands]) {
        expect(contrast(p.text, surface)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(p.muted, surface)).toBeGreaterThanOrEqual(4.5);
      }
      for (const mark of [p.sales, p.marketing, p.other, p.overall, ...Object.values(p.status)]) expect(contrast(mark, p.background)).toBeGreaterThanOrEqual(3);
    });
  }

  it('keeps the light theme on the app team colours', () => {
    expect(CHART_PALETTES.light).toMatchObject({ sales: '#e05d2c', marketing: '#2f7de1', other: '#7b4bc4' });
  });
});
