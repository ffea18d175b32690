import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv';

const fieldsOf = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.rows.map((row) => row.fields);
};

describe('parseCsv', () => {
  it('splits comma-separated lines into fields, numbering rows by line', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual({
      ok: true,
      delimiter: ',',
      rows: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['1', '2', '3'] },
      ],
    });
  });

  it('strips a UTF-8 byte order mark from the start of the file', () => {
    expect(fieldsOf('\uFEFFparticipant,team\nAnna,sales')).toEqual([
      ['participant', 'team'],
      ['Anna', 'sales'],
    ]);
  });

  it('reads semicolon files as spreadsheets in many European locales write them', () => {
    const result = parseCsv('participant;team;note\nAnna;sales;1,5\n');
    expect(result).toMatchObject({ ok: true, delimiter: ';' });
    expect(result.ok && result.rows[1]?.fields).toEqual(['Anna', 'sales', '1,5']);
  });

  it('picks the delimiter the header uses more often outside quotes, comma on a tie', () => {
    expect(parseCsv('"a;b;c",d,e\n')).toMatchObject({ delimiter: ',' });
    expect(parseCsv('"a,b,c";d;e\n')).toMatchObject({ delimiter: ';' });
    expect(parseCsv('a,b;c\n')).toMatchObject({ delimiter: ',' });
    expect(parseCsv('only\n1;2;3\n')).toMatchObject({ delimiter: ',' });
    expect(parseCsv('5" screen;x;y\n')).toMatchObject({ delimiter: ';' });
    expect(parseCsv('"a "" b, c";d;e\n')).toMatchObject({ delimiter: ';' });
  });

  it('detects the delimiter from the first non-blank line', () => {
    expect(parseCsv('\n  \na;b\n')).toMatchObject({ delimiter: ';' });
  });

  it('uses the delimiter the caller forces', () => {
    const result = parseCsv('a,b;c,d\n', { delimiter: ';' });
    expect(result).toMatchObject({ ok: true, delimiter: ';' });
    expect(result.ok && result.rows[0]?.fields).toEqual(['a,b', 'c,d']);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    expect(fieldsOf('"a,b","say ""hi""","two\nlines",""\n')).toEqual([['a,b', 'say "hi"', 'two\nlines', '']]);
  });

  it('accepts CRLF, LF and lone CR line ends and keeps them inside quotes as written', () => {
    expect(fieldsOf('a,b\r\nc,d\re,f\ng,"h\r\ni"\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h\r\ni'],
    ]);
  });

  it('gives each row the line it starts on, counting blank lines and line breaks inside quotes', () => {
    const result = parseCsv('h1,h2\r\n\r\n"multi\r\nline",x\r\n   \r\nlast,y');
    expect(result.ok && result.rows.map((row) => row.line)).toEqual([1, 3, 6]);
  });

  it('skips blank and whitespace-only lines but keeps a row of empty cells or an empty quoted field', () => {
    expect(fieldsOf('a\n\n \t\n,\n""\n')).toEqual([['a'], ['', ''], ['']]);
  });

  it('keeps empty cells at the start, middle and end of a row', () => {
    expect(fieldsOf(',a,,b,')).toEqual([['', 'a', '', 'b', '']]);
  });

  it('treats a quote inside an unquoted field as an ordinary character', () => {
    expect(fieldsOf('5" screen,x')).toEqual([['5" screen', 'x']]);
  });

  it('returns no rows for an empty file', () => {
    expect(parseCsv('')).toEqual({ ok: true, delimiter: ',', rows: [] });
    expect(parseCsv('\uFEFF\r\n')).toEqual({ ok: true, delimiter: ',', rows: [] });
  });

  it('reports an unclosed quote on the line where it opened', () => {
    expect(parseCsv('a,b\nc,d\n\ne,"never\nclosed\n')).toEqual({
      ok: false,
      error: 'line 4: a quoted field starts here but its closing quote is missing',
    });
  });

  it('reports text after a closing quote on the line where it appears', () => {
    expect(parseCsv('a,b\n"x\ny"z,c\n')).toEqual({
      ok: false,
      error: 'line 3: a closing quote must be followed by "," or the end of the line; write a quote inside a quoted field as ""',
    });
  });
});
