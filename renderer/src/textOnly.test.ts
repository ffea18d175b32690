// Note text and every other typed text reach the page as React text, never as markup: the one
// dangerouslySetInnerHTML is SvgChart, fed only by shared/charts/, which escapes all text.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}'], { query: '?raw', import: 'default', eager: true });
const files = Object.keys(sources);
const using = (pattern: RegExp) => files.filter((file) => pattern.test(sources[file]!));

describe('the renderer shows user text as text', () => {
  it('reads the renderer sources', () => {
    expect(files).toContain('./components/SvgChart.tsx');
    expect(files.length).toBeGreaterThan(20);
  });

  it('uses dangerouslySetInnerHTML only in components/SvgChart.tsx', () => {
    expect(using(/dangerouslySetInnerHTML/)).toEqual(['./components/SvgChart.tsx']);
  });

  it('never writes markup or code through the DOM: no innerHTML, outerHTML, insertAdjacentHTML, document.write, DOMParser, srcdoc, eval or new Function', () => {
    const markupSinks = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|new DOMParser|\bsrcdoc\b|\beval\(|new Function\(/;
    expect(using(markupSinks)).toEqual([]);
  });

  it('gives SvgChart only SVG drawn by the chart functions, directly or through the report model', () => {
    // The report model's charts: the diagnostic's, and the trend of "Since last time" (trendSvg).
    const chartCall = /^(levelLadderSvg|statementBarsSvg|subscoresSvg|trendSvg)\(|^(model\.diagnostic\.charts\.\w+|since\.trend\.chart)\s*\}/;
    // Whatever props come before `svg` (a key, a class), so no SvgChart escapes the check.
    const passed = files.flatMap((file) => [...sources[file]!.matchAll(/<SvgChart\b[^]*?\ssvg=\{\s*([^]*?)(?=\/>)/g)].map((m) => ({ file, svg: m[1]!.trim() })));
    const tags = files.reduce((n, file) => n + (sources[file]!.match(/<SvgChart\b/g)?.length ?? 0), 0);
    expect(passed.length).toBe(tags);
    for (const { file, svg } of passed) expect(svg, file).toMatch(chartCall);
  });
});
