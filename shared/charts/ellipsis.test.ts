// Shortening text to a fixed space: whole words, long words cut, the ellipsis where text is left out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, estimateTextWidth, fitLines, fitText } from './textMeasure';

describe('fitLines', () => {
  it('leaves text that fits alone, with its spaces tidied', () => {
    expect(fitLines('  Leads   nobody trusts ', 300, 10, 1)).toEqual({ lines: ['Leads nobody trusts'], shortened: false });
    expect(fitLines('', 300, 10, 2)).toEqual({ lines: [], shortened: false });
  });

  it('wraps between words and ends the last allowed line in an ellipsis after a whole word', () => {
    const { lines, shortened } = fitLines('one two three four five six seven eight nine ten eleven twelve', 80, 10, 2);
    expect(shortened).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    const words = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');
    for (const word of lines.join(' ').replace(ELLIPSIS, '').split(' ')) expect(words).toContain(word);
  });

  it('drops punctuation before the ellipsis so a cut never reads as a finished sentence', () => {
    expect(fitText('Leads, budgets, tenders and more words than fit', estimateTextWidth('Leads, budgets,…', 10), 10)).toBe(`Leads, budgets${ELLIPSIS}`);
  });

  it('breaks a word too long for any line between characters instead of letting it overflow', () => {
    const { lines, shortened } = fitLines('x'.repeat(2000), 100, 10, 2);
    expect(shortened).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    for (const line of lines) expect(estimateTextWidth(line, 10)).toBeLessThanOrEqual(100);
  });

  it('fills the line with text written without spaces (Chinese) after a number, instead of ending at the number', () => {
    const cjk = '销售与市场团队协同一致的行动计划'.repeat(20);
    const [line] = fitLines(`12  ${cjk}`, 200, 10, 1).lines;
    expect(line!.startsWith('12 销售与市场')).toBe(true);
    expect(line!.endsWith(ELLIPSIS)).toBe(true);
    expect(estimateTextWidth(line!, 10)).toBeLessThanOrEqual(200);
    expect(estimateTextWidth(line!, 10)).toBeGreaterThan(170);
  });

  it('never returns more lines than allowed, nor a line wider than allowed, whatever the text', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9.,;:!?'’“”()\u4e00-\u4e20-]{1,60}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 300 }), fc.integer({ min: 60, max: 500 }), fc.integer({ min: 1, max: 4 }), (words, width, maxLines) => {
        const text = words.join(' ');
        const { lines, shortened } = fitLines(text, width, 9, maxLines);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines) expect(estimateTextWidth(line, 9)).toBeLessThanOrEqual(width);
        if (!shortened) expect(lines.join(' ').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        else expect(lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
