// Right-to-left words put in visual order, line by line, the way a reader of Arabic or Hebrew reads them.
import { describe, expect, it } from 'vitest';
import { labelWordsInVisualOrder, placeInVisualOrder, visualOrder, wordLevels, type PlacedInline } from './bidiLines';

/** Words laid out left to right as pdfmake does, each 10 wide plus 3 for a trailing space. */
function line(words: string[]): PlacedInline[] {
  let x = 0;
  return words.map((text) => {
    const trailingCut = /\s$/.test(text) ? 3 : 0;
    const inline = { text, x, width: 10 + trailingCut, trailingCut };
    x += inline.width;
    return inline;
  });
}
const leftToRight = (inlines: PlacedInline[]) => [...inlines].sort((a, b) => a.x - b.x).map((i) => i.text);

describe('visualOrder', () => {
  it('keeps left-to-right levels and reverses right-to-left runs, innermost first', () => {
    expect(visualOrder([0, 0, 0])).toEqual([0, 1, 2]);
    expect(visualOrder([1, 1, 1])).toEqual([2, 1, 0]);
    expect(visualOrder([0, 1, 1, 0])).toEqual([0, 2, 1, 3]);
    expect(visualOrder([1, 2, 2, 1])).toEqual([3, 1, 2, 0]);
  });
});

describe('placeInVisualOrder', () => {
  it('leaves a line without right-to-left text alone', () => {
    const words = line(['Head ', 'of ', 'sales']);
    expect(placeInVisualOrder(words)).toBe(false);
    expect(words.map((w) => w.x)).toEqual([0, 13, 26]);
  });

  it('puts a Hebrew line’s first word at the right', () => {
    expect(leftToRight(line(['שלום ', 'עולם']).map((w, _, all) => (placeInVisualOrder(all), w)))).toEqual(['עולם', 'שלום ']);
  });

  it('reverses an Arabic name inside an English line, with the space before the English kept between them', () => {
    const words = line(['Head: ', 'محمد ', 'عبد ', 'and ', 'more']);
    placeInVisualOrder(words);
    // The name's last word (drawn leftmost) gives its space to the gap before "and"; the first
    // word is shaped with its space on its left, between the two.
    expect(leftToRight(words)).toEqual(['Head: ', 'عبد', 'محمد ', 'and ', 'more']);
    const [, , arabicFirst, english] = [...words].sort((a, b) => a.x - b.x);
    expect(english!.x - (arabicFirst!.x + arabicFirst!.width)).toBe(3);
  });

  it('keeps numbers left to right inside an Arabic line', () => {
    expect(wordLevels(['مرحبا ', '123 ', 'بكم']).map((l) => l.word)).toEqual([1, 2, 1]);
    const words = line(['مرحبا ', '123 ', 'بكم']);
    placeInVisualOrder(words);
    expect(leftToRight(words)).toEqual(['بكم', '123', 'مرحبا ']);
  });

  it('keeps the line where it started and its total width', () => {
    const words = line(['Note: ', 'שלום ', 'עולם ', 'end']);
    words.forEach((w) => (w.x += 50));
    placeInVisualOrder(words);
    const sorted = [...words].sort((a, b) => a.x - b.x);
    expect(sorted[0]!.x).toBe(50);
    expect(sorted.at(-1)!.x).toBe(50 + 13 * 3);
  });
});

describe('labelWordsInVisualOrder', () => {
  it('leaves a label with no right-to-left word whole', () => {
    expect(labelWordsInVisualOrder('Helen Marsh')).toEqual(['Helen Marsh']);
  });

  it('puts the first word of a right-to-left name at the right', () => {
    expect(labelWordsInVisualOrder('דוד כהן')).toEqual(['כהן', 'דוד']);
    expect(labelWordsInVisualOrder('محمد العلي')).toEqual(['العلي', 'محمد']);
  });

  it('keeps English words around a right-to-left name in their places', () => {
    expect(labelWordsInVisualOrder('Team דוד כהן lead')).toEqual(['Team', 'כהן', 'דוד', 'lead']);
  });
});
