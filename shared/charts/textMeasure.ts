// Text measured without a font engine, so the same layout runs on screen, in the PDF and in tests,
// and shortened with an ellipsis to a fixed space (chart labels, the executive summary, the wall
// plan's key) whose full text is shown elsewhere. Widths are generous, so a shortened line fits the
// real font.

/**
 * Approximate advance width of a line in Noto Sans Bold (the widest weight used), slightly generous
 * so layouts computed here never collide when the real font is a little narrower.
 */
export function estimateTextWidth(content: string, size: number): number {
  let em = 0;
  for (const ch of content) {
    if (" .,:;'!|ijl".includes(ch)) em += 0.3;
    else if ('ftr()[]-/I"J'.includes(ch)) em += 0.46;
    else if ('mwMW@%'.includes(ch)) em += 0.98;
    else if (ch >= 'A' && ch <= 'Z') em += 0.74;
    // An ellipsis inside Chinese or Japanese text is drawn by their font, a full em wide.
    else if (ch.codePointAt(0)! >= 0x2e80 || ch === '…') em += 1;
    else em += 0.63;
  }
  return em * size;
}

export const ELLIPSIS = '…';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The longest start of `word` that, with the ellipsis, fits `maxWidth`. */
function cutWord(word: string, maxWidth: number, size: number): string {
  const chars = [...word];
  let n = chars.length;
  while (n > 1 && estimateTextWidth(`${chars.slice(0, n).join('')}${ELLIPSIS}`, size) > maxWidth) n--;
  return chars.slice(0, n).join('');
}

/**
 * `text` on at most `maxLines` lines of `maxWidth` at font `size`. Lines break between words; a word
 * wider than a whole line (a URL, or Chinese and Japanese, written without spaces) breaks between
 * characters. When text is left over, the last line ends in "…", after a whole word where the line
 * ended between words (trailing punctuation dropped), so nothing reads as a finished sentence.
 */
export function fitLines(text: string, maxWidth: number, size: number, maxLines: number): { lines: string[]; shortened: boolean } {
  const fits = (line: string) => estimateTextWidth(line, size) <= maxWidth;
  const words = squash(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  /** The last line ended inside a word. */
  let midWord = false;
  words: for (; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (!fits(word)) {
      let piece = line ? `${line} ` : '';
      const chars = [...word];
      for (let c = 0; c < chars.length; c++) {
        if (fits(piece + chars[c]!)) {
          piece += chars[c]!;
          continue;
        }
        lines.push(piece.trimEnd());
        piece = chars[c]!;
        if (lines.length === maxLines) {
          midWord = true;
          break words;
        }
      }
      line = piece;
      continue;
    }
    lines.push(line);
    line = '';
    if (lines.length === maxLines) break;
    i--;
  }
  if (line && lines.length < maxLines) {
    lines.push(line);
    line = '';
  }
  const shortened = i < words.length;
  if (!shortened) return { lines, shortened };
  let last = lines.pop() ?? '';
  if (!midWord) while (last.includes(' ') && !fits(`${last}${ELLIPSIS}`)) last = last.slice(0, last.lastIndexOf(' '));
  if (!fits(`${last}${ELLIPSIS}`)) last = cutWord(last, maxWidth, size);
  lines.push(`${last.replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`);
  return { lines, shortened };
}

/** `text` shortened to fit `maxLines` lines, as one string (the lines joined by spaces, for a renderer that wraps itself). */
export function fitText(text: string, maxWidth: number, size: number, maxLines = 1): string {
  return fitLines(text, maxWidth, size, maxLines).lines.join(' ');
}

/** `content` on at most `maxLines` lines of `maxWidth`, the last one ending in "…" when text is left over. */
export function wrapText(content: string, maxWidth: number, size: number, maxLines = 2): string[] {
  return fitLines(content, maxWidth, size, maxLines).lines;
}
