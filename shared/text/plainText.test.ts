import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteSchema } from '../board/schema';
import { templateSchema } from '../templates/schema';
import { workshopDetailsSchema } from '../workshop/schema';
import { closeBidi, dropControls, escapeForTerminal, hasVisibleText } from './plainText';

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\u202E', '\u180E', '\uFEFF', '\u00AD', '\u2066', '\u3164', ' ', '\u3000', '\t'];
const CONTROL = /\p{Cc}/u;

describe('text with nothing visible', () => {
  it('counts zero-width spaces, joiners, word joiners and bidi overrides as empty', () => {
    for (const ch of INVISIBLE) expect(hasVisibleText(ch), JSON.stringify(ch)).toBe(false);
    expect(hasVisibleText('\u200B\u200B')).toBe(false);
    expect(hasVisibleText('\u202E\u200D \u2060')).toBe(false);
    expect(hasVisibleText('a')).toBe(true);
    expect(hasVisibleText('\u200Bx\u200B')).toBe(true);
    // Joiners inside real words and emoji are kept and the text counts as written.
    expect(hasVisibleText('👩\u200D💻')).toBe(true);
    expect(hasVisibleText('می\u200Cخواهم')).toBe(true);
  });

  it('is empty for any mix of invisible characters (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 30 }), (chars) => !hasVisibleText(chars.join(''))));
  });

  it('refuses a workshop titled with only invisible characters, and a note of two zero-width spaces', () => {
    for (const title of ['\u200B', '\u200C', '\u200D', '\u2060', '\u202E', '\u180E', '\u200B\u2060\u202E']) {
      const result = workshopDetailsSchema.safeParse({ title });
      expect(result.error?.issues, JSON.stringify(title)).toEqual([expect.objectContaining({ path: ['title'], message: 'Title is required' })]);
    }
    const note = noteSchema.safeParse({ id: 'n1', areaId: 'a1', team: 'sales', text: '\u200B\u200B' });
    expect(note.error?.issues[0]?.message).toBe('A note needs some text');
    const template = templateSchema.safeParse({ schemaVersion: 1, id: 'tpl-00001', name: '\u2060', activities: [], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });
    expect(template.error?.issues[0]).toMatchObject({ path: ['name'], message: 'A template needs a name' });
  });
});

describe('control characters', () => {
  it('drops NUL, BEL, ESC and C1 controls from titles, so they never reach a terminal or the PDF', () => {
    const parsed = workshopDetailsSchema.parse({ title: '\u001B]0;pwned\u0007Kick\u0000off\u001B[31m\u009B2J', client: 'A\u0085cme' });
    expect(parsed.title).toBe(']0;pwnedKickoff[31m2J');
    expect(parsed.client).toBe('Acme');
  });

  it('keeps tabs and line breaks where text may run over lines, and makes them spaces in a title', () => {
    expect(dropControls('one\r\ntwo\rthree\tfour\u2028five', 'multi')).toBe('one\ntwo\nthree\tfour\nfive');
    expect(dropControls('one\r\ntwo\tthree', 'single')).toBe('one two three');
    const note = noteSchema.parse({ id: 'n1', areaId: 'a1', team: 'sales', text: 'line 1\r\n\u0007line 2' });
    expect(note.text).toBe('line 1\nline 2');
  });

  it('leaves no control character in any parsed title, whatever was typed (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (title) => {
        const parsed = workshopDetailsSchema.safeParse({ title });
        return !parsed.success || (!CONTROL.test(parsed.data.title) && !/[\t\n]/.test(parsed.data.title) && hasVisibleText(parsed.data.title));
      }),
    );
  });
});

describe('bidirectional controls', () => {
  it('closes an override the text leaves open, so it cannot reverse what is printed after it', () => {
    expect(closeBidi('abc\u202Eexe.txt')).toBe('abc\u202Eexe.txt\u202C');
    expect(closeBidi('\u2067x')).toBe('\u2067x\u2069');
    expect(closeBidi('\u202Ex\u202C')).toBe('\u202Ex\u202C');
    expect(closeBidi('\u202Ea\nb')).toBe('\u202Ea\nb');
    expect(workshopDetailsSchema.parse({ title: 'Q3 \u202Ekcilc' }).title).toBe('Q3 \u202Ekcilc\u202C');
  });

  it('is stable: closing twice changes nothing (property)', () => {
    const bidi = fc.constantFrom('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', 'a', '\n');
    fc.assert(fc.property(fc.array(bidi, { maxLength: 20 }), (chars) => closeBidi(closeBidi(chars.join(''))) === closeBidi(chars.join(''))));
  });
});

describe('echoing text on a terminal', () => {
  it('writes control and bidi characters as escapes and keeps line breaks and tabs', () => {
    expect(escapeForTerminal('valid: "\u001B]0;owned\u0007\u001B[31mred"\n')).toBe('valid: "\\u001B]0;owned\\u0007\\u001B[31mred"\n');
    expect(escapeForTerminal('a\tb\u009B2J\u202Ec\r')).toBe('a\tb\\u009B2J\\u202Ec\\u000D');
  });

  it('keeps JSON output valid JSON with the same value', () => {
    const value = { title: 'x\u0085\u202Ey\u001B' };
    expect(JSON.parse(escapeForTerminal(JSON.stringify(value)))).toEqual(value);
  });
});
