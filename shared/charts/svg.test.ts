// Escaping: any title, font name or label stays text and the markup stays well-formed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelLadderSvg } from './levelLadder';
import { statementBarsSvg, subscoresSvg } from './statementCharts';
import { escapeXml } from './svg';
import { all, parseXml, result, textContents } from './testing';

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
