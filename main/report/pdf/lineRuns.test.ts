// The words of a line drawn as runs: only plain words of one style that touch are joined.
import { describe, expect, it } from 'vitest';
import { joinedInlines, type DrawnInline } from './lineRuns';

const FONT = { name: 'Noto Sans' };

/** Words laid out left to right as pdfmake does, each 10 wide plus 3 for a trailing space, with `gap` between them. */
function line(words: (string | Partial<DrawnInline>)[], gap = 0): DrawnInline[] {
  let x = 0;
  return words.map((word) => {
    const props = typeof word === 'string' ? { text: word } : word;
    const text = props.text ?? '';
    const inline: DrawnInline = { font: FONT, fontSize: 10, color: 'black', opacity: 1, height: 14, ...props, text, x, width: 10 + (/\s$/.test(text) ? 3 : 0) };
    x += inline.width + gap;
    return inline;
  });
}

describe('joinedInlines', () => {
  it('joins the touching words of one style into one run spanning them', () => {
    const joined = joinedInlines(line(['Head ', 'of ', 'sales']));
    expect(joined).toHaveLength(1);
    expect(joined![0]).toMatchObject({ text: 'Head of sales', x: 0, width: 36, font: FONT, fontSize: 10, color: 'black' });
  });

  it('keeps the words of a justified line, which stand apart, as they are', () => {
    expect(joinedInlines(line(['Head ', 'of ', 'sales'], 2))).toBeNull();
  });

  it('starts a new run where the colour, size or font changes', () => {
    const joined = joinedInlines(line(['Owner ', { text: 'Ann ', color: 'red' }, { text: 'Lee ', color: 'red' }, { text: 'due ', fontSize: 9 }, 'soon']));
    expect(joined!.map((inline) => inline.text)).toEqual(['Owner ', 'Ann Lee ', 'due ', 'soon']);
  });

  it('never joins a linked, decorated or highlighted word, or right-to-left text', () => {
    for (const special of [{ link: 'https://example.org' }, { decoration: 'underline' }, { background: 'yellow' }, { text: 'שלום ' }]) {
      const words = line(['a ', { text: 'b ', ...special }, 'c']);
      expect(joinedInlines(words), JSON.stringify(special)).toBeNull();
    }
    expect(joinedInlines(line(['مرحبا ', 'بكم']))).toBeNull();
  });

  it('leaves the words it was given unchanged', () => {
    const words = line(['Head ', 'of ', 'sales']);
    const before = structuredClone(words);
    joinedInlines(words);
    expect(words).toEqual(before);
  });
});
