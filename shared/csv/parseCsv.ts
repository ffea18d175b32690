// Splits CSV text (RFC 4180, comma or semicolon) into rows of fields, each with the line it starts on.

export type CsvDelimiter = ',' | ';';

export interface CsvRow {
  /** 1-based physical line the row starts on; a quoted field with line breaks spans several. */
  line: number;
  fields: string[];
}

export type CsvParseResult = { ok: true; delimiter: CsvDelimiter; rows: CsvRow[] } | { ok: false; error: string };

export interface ParseCsvOptions {
  /** Skip detection, e.g. when the user has said which delimiter the file uses. */
  delimiter?: CsvDelimiter;
}

const BOM = '\uFEFF';
const LINE_BREAK = /\r\n?|\n/g;

const isLineBreak = (c: string | undefined) => c === '\r' || c === '\n';
const countLineBreaks = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

/**
 * Spreadsheets in locales with a decimal comma write `;` between cells, so the header line decides:
 * whichever of `,` and `;` it holds more often outside quotes (a tie means comma).
 */
function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0 };
  let inQuotes = false;
  let sawContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') inQuotes = false;
      continue;
    }
    if (isLineBreak(c)) {
      if (sawContent) break;
      continue;
    }
    if (c === ',' || c === ';') counts[c]++;
    // As in parsing, only a quote at the start of a field opens a quoted field.
    else if (c === '"' && (i === 0 || /[,;\r\n]/.test(text[i - 1]!))) inQuotes = true;
    if (c !== ' ' && c !== '\t') sawContent = true;
  }
  return counts[';'] > counts[','] ? ';' : ',';
}

/** Lines with nothing but spaces or tabs are skipped, like empty ones: editors leave them behind. */
function isBlankRow(fields: readonly string[], quoted: boolean): boolean {
  return !quoted && fields.length === 1 && /^[ \t]*$/.test(fields[0]!);
}

export function parseCsv(input: string, options: ParseCsvOptions = {}): CsvParseResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      const openedOn = line;
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          return { ok: false, error: `line ${openedOn}: a quoted field starts here but its closing quote is missing` };
        }
        const chunk = text.slice(i, close);
        field += chunk;
        line += countLineBreaks(chunk);
        i = close + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
      quoted = true;
      const next = text[i];
      if (next !== undefined && next !== delimiter && !isLineBreak(next)) {
        return {
          ok: false,
          error:
            `line ${line}: a closing quote must be followed by "${delimiter}" or the end of the line; ` +
            'write a quote inside a quoted field as ""',
        };
      }
    } else {
      // A quote further into an unquoted field is kept as text (`5" screen`), as spreadsheets do.
      const start = i;
      while (i < text.length && text[i] !== delimiter && !isLineBreak(text[i])) i++;
      field = text.slice(start, i);
    }
    fields.push(field);
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    if (!isBlankRow(fields, quoted)) rows.push({ line: rowLine, fields });
    if (i >= text.length) break;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    rowLine = line;
    fields = [];
    quoted = false;
  }
  return { ok: true, delimiter, rows };
}
