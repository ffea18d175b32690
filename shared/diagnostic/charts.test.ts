// Chart geometry and markup: positions on the scales, staggered labels, every value present as text,
// escaping, accessibility and well-formed SVG that svg-to-pdfkit can draw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHART_FONT_SIZE,
  CHART_PALETTES,
  DEFAULT_FONT_FAMILY,
  LADDER_PADDING_X,
  MARKER_LABEL_OFFSET,
  escapeXml,
  estimateTextWidth,
  ladderScale,
  levelLadderSvg,
  pairedBarsLayout,
  placeMarkers,
  statementBarsSvg,
  subscoresSvg,
  wrapText,
  type ChartTheme,
} from './charts';
import type { Answer, DiagnosticParticipant, DiagnosticTeam } from './model';
import { scoreDiagnostic } from './score';
import { STATEMENTS, STATEMENT_GROUPS } from './statements';

// --- A tiny XML reader: enough to prove well-formedness and to query what the charts draw. ---

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Unescaped text directly inside the element. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e]!);

function parseXml(xml: string): XmlElement {
  const tag = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/;
  const strayAmpersand = /&(?!(?:amp|lt|gt|quot|#39|apos);)/;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let rest = xml;
  while (rest.length) {
    if (rest.startsWith('<')) {
      const m = tag.exec(rest);
      if (!m) throw new Error(`Malformed tag at: ${rest.slice(0, 40)}`);
      const [whole, closing, name, attrText, selfClosing] = m;
      rest = rest.slice(whole.length);
      if (closing) {
        const open = stack.pop();
        if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const [, key, value] of attrText!.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
        if (key! in attrs) throw new Error(`Duplicate attribute ${key}`);
        if (strayAmpersand.test(value!) || value!.includes('>')) throw new Error(`Unescaped attribute value: ${value}`);
        attrs[key!] = unescape(value!);
      }
      const element: XmlElement = { name: name!, attrs, children: [], text: '' };
      if (stack.length) stack.at(-1)!.children.push(element);
      else if (root) throw new Error('More than one root element');
      else root = element;
      if (!selfClosing) stack.push(element);
    } else {
      const end = rest.indexOf('<');
      const raw = end < 0 ? rest : rest.slice(0, end);
      rest = end < 0 ? '' : rest.slice(end);
      if (strayAmpersand.test(raw) || raw.includes('>')) throw new Error(`Unescaped text: ${raw}`);
      if (!stack.length) {
        if (raw.trim()) throw new Error('Text outside the root element');
        continue;
      }
      stack.at(-1)!.text += unescape(raw);
    }
  }
  if (stack.length || !root) throw new Error('Unclosed elements');
  return root;
}

function all(node: XmlElement, name?: string): XmlElement[] {
  const here = !name || node.name === name ? [node] : [];
  return [...here, ...node.children.flatMap((c) => all(c, name))];
}

const textsOf = (svg: string) => all(parseXml(svg), 'text');
const textContents = (svg: string) => textsOf(svg).map((t) => t.text);

// --- Inputs ---

function participants(team: DiagnosticTeam, rows: Answer[][]): DiagnosticParticipant[] {
  return rows.map((answers, i) => ({ id: `${team}-${i}`, name: '', team, answers }));
}

const SALES: Answer[][] = [
  [4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  [5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2],
  [4, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 2],
];
// Marketing skips statement 20, so that row has no marketing answers and no gap.
const MARKETING: Answer[][] = [
  [3, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, null],
  [3, 4, 5, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, null],
];
const OTHER: Answer[][] = [Array<Answer>(20).fill(3)];

const result = scoreDiagnostic([...participants('sales', SALES), ...participants('marketing', MARKETING), ...participants('other', OTHER)]);
const ladderInput = {
  sales: result.teams.sales?.mean,
  marketing: result.teams.marketing?.mean,
  overall: result.overall.mean,
  other: result.teams.other?.mean,
  target: 'Aligned' as const,
};

const THEMES: ChartTheme[] = ['light', 'dark', 'contrast'];
const allCharts = (theme: ChartTheme) => ({
  ladder: levelLadderSvg(ladderInput, { theme, title: 'Where we stand' }),
  statements: statementBarsSvg(result, { theme }),
  byGap: statementBarsSvg(result, { theme, order: 'gap' }),
  subscores: subscoresSvg(result, { theme }),
});

function markerX(svg: string, key: string): number {
  const shape = all(parseXml(svg)).find((e) => e.attrs['data-marker'] === key);
  if (!shape) throw new Error(`No ${key} marker`);
  if (shape.name === 'circle') return Number(shape.attrs.cx);
  if (shape.name === 'rect') return Number(shape.attrs.x) + Number(shape.attrs.width) / 2;
  return Number(/^M([\d.]+)/.exec(shape.attrs.d!)![1]);
}

const labelOf = (svg: string, key: string) => textsOf(svg).find((t) => t.attrs['data-label'] === key)!;

// --- Tests ---

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

describe('placeMarkers', () => {
  const bounds = { left: 0, right: 900 };

  it('uses one row when labels do not collide', () => {
    const placed = placeMarkers([{ x: 100, labelWidth: 80 }, { x: 500, labelWidth: 80 }], bounds);
    expect(placed.map((p) => p.row)).toEqual([0, 0]);
  });

  it('never lets a leader line cross a label on a row nearer the axis', () => {
    const markers = [{ x: 400, labelWidth: 100 }, { x: 420, labelWidth: 100 }, { x: 410, labelWidth: 100 }];
    const placed = placeMarkers(markers, bounds);
    placed.forEach((p, i) => {
      placed.forEach((q, j) => {
        if (q.row < p.row) expect(markers[i]!.x < q.labelStart || markers[i]!.x > q.labelEnd, `${i} crosses ${j}`).toBe(true);
      });
    });
  });

  it('turns a label to the left when it would run off the right edge', () => {
    const [placed] = placeMarkers([{ x: 880, labelWidth: 100 }], bounds);
    expect(placed).toMatchObject({ side: 'left', labelEnd: 880 - MARKER_LABEL_OFFSET });
  });
});

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

describe('escaping', () => {
  it('escapes &, <, >, and both quotes', () => {
    expect(escapeXml(`<a href="x">Tom's & Jerry</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&lt;/a&gt;');
  });

  it('keeps hostile titles and font names from breaking the markup', () => {
    const title = `Q&A <script>"x"</script> 'y'`;
    for (const svg of [
      levelLadderSvg({ sales: 50 }, { title, fontFamily: `"Evil" <font>` }),
      statementBarsSvg(result, { title }),
      subscoresSvg(result, { title }),
    ]) {
      expect(svg).not.toContain('<script>');
      const root = parseXml(svg);
      expect(all(root, 'title')[0]!.text).toBe(title);
      expect(all(root, 'text').map((x) => x.text)).toContain(title);
    }
  });

  it('keeps any title and font name as text: the SVG stays well-formed, draws only chart elements, and reads back exactly', () => {
    const markup = fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '/', '=', ';', '#', 'a', 'x', ' ', 'script', 'amp', 'onload', '<svg') });
    fc.assert(
      fc.property(markup.filter((t) => t.trim().length > 0), markup, (title, fontFamily) => {
        for (const svg of [levelLadderSvg({ sales: 50 }, { title, fontFamily }), statementBarsSvg(result, { title, fontFamily }), subscoresSvg(result, { title, fontFamily })]) {
          const root = parseXml(svg);
          expect(root.attrs['font-family']).toBe(fontFamily);
          expect(all(root, 'title')[0]!.text).toBe(title);
          for (const element of all(root)) expect(['svg', 'g', 'rect', 'line', 'path', 'circle', 'text', 'tspan', 'title', 'desc']).toContain(element.name);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("escapes the apostrophe in a statement's short label", () => {
    const svg = statementBarsSvg(result);
    expect(svg).toContain('other&#39;s');
    expect(textContents(svg).join(' ')).toContain("other's");
  });
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
      for (const mark of [p.sales, p.marketing, p.other, p.overall]) expect(contrast(mark, p.background)).toBeGreaterThanOrEqual(3);
    });
  }

  it('keeps the light theme on the app team colours', () => {
    expect(CHART_PALETTES.light).toMatchObject({ sales: '#e05d2c', marketing: '#2f7de1', other: '#7b4bc4' });
  });
});

describe('text helpers', () => {
  it('estimates Noto Sans widths on the generous side', () => {
    // Measured with fontkit: "Marketing 63.5" is 7.50 em in Noto Sans Bold.
    expect(estimateTextWidth('Marketing 63.5', 16)).toBeGreaterThanOrEqual(7.5 * 16);
    expect(estimateTextWidth('Marketing 63.5', 16)).toBeLessThan(8.5 * 16);
  });

  it('wraps to at most two lines and marks what it cut', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 120, 16);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapText('Common vocabulary', 300, 16)).toEqual(['Common vocabulary']);
  });
});
