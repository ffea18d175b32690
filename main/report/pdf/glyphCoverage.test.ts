// Which characters Noto Sans draws, and how the ones it lacks are shown instead.
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFiles } from './fonts';
import { coverText, findUncoveredCharacters, PLACEHOLDER, replaceUncovered, scanForUncovered } from './glyphCoverage';
import { coveredSamples, uncoveredSamples } from './testing/samples';
import { simulateBareMachine, useThisMachinesFonts } from './testing/fonts';

// The placeholder path: Noto Sans only, as on a machine without other fonts (otherScripts.test.ts uses them).
beforeAll(simulateBareMachine);
afterAll(useThisMachinesFonts);

describe('glyph coverage of Noto Sans', () => {
  it.each(Object.entries(coveredSamples))('draws every character of the %s sample', (_name, text) => {
    expect(findUncoveredCharacters(text)).toEqual([]);
    expect(replaceUncovered(text)).toBe(text);
  });

  it.each(Object.entries(uncoveredSamples))('reports each grapheme of the %s sample once', (_name, { text, graphemes }) => {
    expect(findUncoveredCharacters(text)).toEqual(graphemes);
  });

  it('puts one placeholder per grapheme, however many code points it has', () => {
    expect(replaceUncovered('Team spirit 🎉')).toBe(`Team spirit ${PLACEHOLDER}`);
    expect(replaceUncovered('👍🏽 👨‍👩‍👧‍👦')).toBe(`${PLACEHOLDER} ${PLACEHOLDER}`);
    expect(replaceUncovered('会议 مرحبا')).toBe(`${PLACEHOLDER.repeat(2)} ${PLACEHOLDER.repeat(5)}`);
    expect(replaceUncovered('🎉 x', '[?]')).toBe('[?] x');
  });

  it('lists a repeated character once', () => {
    expect(coverText('🎉 and 🎉 again')).toEqual({ text: `${PLACEHOLDER} and ${PLACEHOLDER} again`, uncovered: ['🎉'] });
  });

  it('needs no glyph for line breaks, tabs, control characters and joiners', () => {
    expect(findUncoveredCharacters('one\ntwo\r\nthree\tfour\u0007five\u00a0six\u200dseven\u00adeight')).toEqual([]);
    expect(findUncoveredCharacters('©\ufe0f e\u0301')).toEqual([]);
  });

  it('draws all of printable ASCII and Latin-1 in every face (the fast path skips looking them up)', () => {
    for (const file of Object.values(fontFiles)) {
      const face = fontkit.openSync(file);
      for (let cp = 0x20; cp <= 0xff; cp++) if (cp < 0x7f || cp >= 0xa0) expect(face.hasGlyphForCodePoint(cp), `U+${cp.toString(16)} in ${face.postscriptName}`).toBe(true);
    }
  });

  it('uses a placeholder every face of the font draws, unlike □', () => {
    for (const file of Object.values(fontFiles)) {
      const face = fontkit.openSync(file);
      expect(face.hasGlyphForCodePoint(PLACEHOLDER.codePointAt(0)!), face.postscriptName).toBe(true);
      expect(face.hasGlyphForCodePoint(0x25a1)).toBe(false);
    }
  });

  it('names the items whose text would show placeholders', () => {
    const items = [
      { id: 'n1', label: 'Note in Wins', text: 'Team spirit 🎉' },
      { id: 'n2', label: 'Note in Friction', text: coveredSamples.polish },
      { id: 'a1', label: 'Action 1', text: '会议 👍🏽' },
    ];
    expect(scanForUncovered(items)).toEqual([
      { ...items[0], characters: ['🎉'] },
      { ...items[2], characters: ['会', '议', '👍🏽'] },
    ]);
  });
});
