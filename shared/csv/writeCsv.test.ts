import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvDelimiter } from './parseCsv';
import { neutraliseFormula, restoreNeutralised, writeCsv } from './writeCsv';

describe('writeCsv', () => {
  it('joins cells with commas and ends every row with CRLF', () => {
    expect(writeCsv([['a', 'b'], ['c', 1]])).toBe('a,b\r\nc,1\r\n');
  });

  it('quotes only cells that need it and doubles the quotes inside', () => {
    expect(writeCsv([['plain', 'a,b', 'a;b', 'say "hi"', 'two\nlines', 'cr\r', '']])).toBe(
      'plain,"a,b","a;b","say ""hi""","two\nlines","cr\r",\r\n',
    );
  });

  it('writes semicolon files and an optional byte order mark', () => {
    expect(writeCsv([['a', 'b,c', 1.5]], { delimiter: ';', bom: true })).toBe('\uFEFFa;"b,c";1.5\r\n');
  });

  it('quotes a lone blank cell so it is not read back as a blank line', () => {
    expect(writeCsv([[''], [' ']], { neutralise: false })).toBe('""\r\n" "\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas with a leading apostrophe', () => {
    expect(writeCsv([['=HYPERLINK("http://x")', '+1', '@SUM(A1)', '-2+3']])).toBe(
      `"'=HYPERLINK(""http://x"")",'+1,'@SUM(A1),'-2+3\r\n`,
    );
    expect(writeCsv([['\tcmd', '\r=1']])).toBe(`'\tcmd,"'\r=1"\r\n`);
  });

  it('leaves numbers as numbers, negative ones included', () => {
    expect(writeCsv([[-1.5, 0, 3, '-1.5']])).toBe(`-1.5,0,3,'-1.5\r\n`);
  });

  it('leaves text alone when neutralising is turned off', () => {
    expect(writeCsv([['=1+1', '-2']], { neutralise: false })).toBe('=1+1,-2\r\n');
  });

  it('leaves ordinary text alone, apostrophes included', () => {
    for (const text of ['Anna', "O'Brien", "'quoted'", 'a=b', 'x-1', '']) expect(neutraliseFormula(text)).toBe(text);
  });

  it('undoes its own neutralising exactly, even for text that already starts with an apostrophe', () => {
    expect(neutraliseFormula("'=1")).toBe("''=1");
    fc.assert(fc.property(fc.string(), (text) => restoreNeutralised(neutraliseFormula(text)) === text));
  });

  it('reads back the same fields through parseCsv for any rows of any text', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom('"', ',', ';', '\r', '\n', ' ', '\t', '\uFEFF', 'a', 'é', '😀') }),
    );
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.constantFrom<CsvDelimiter>(',', ';'), fc.boolean(), (written, delimiter, bom) => {
        const text = writeCsv(written, { delimiter, bom, neutralise: false });
        // Detection needs a delimiter in the header; a one-cell header means the caller says which.
        const forced = written[0]!.length > 1 ? {} : { delimiter };
        const result = parseCsv(text, forced);
        expect(result).toMatchObject({ ok: true, delimiter });
        expect(result.ok && result.rows.map((row) => row.fields)).toEqual(written);
      }),
    );
  });
});
