// Shortening text to a fixed space with an ellipsis, for places with room for a line or two (the
// executive summary, the wall plan's key) whose full text is printed further on. Widths are the
// generous estimate of shared/charts/textMeasure, so a shortened line fits the real font.
import { estimateTextWidth } from '../charts/textMeasure';

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
 * wider than a whole line is cut. When text is left over, the last line ends in "…" after a whole
 * word where one fits (trailing punctuation dropped), so nothing reads as a finished sentence.
 */
export function fitLines(text: string, maxWidth: number, size: number, maxLines: number): { lines: string[]; shortened: boolean } {
  const words = squash(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  let cut = false;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (estimateTextWidth(candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) break;
      i--;
      continue;
    }
    // A single word wider than the line: cut it, the rest is left over.
    lines.push(cutWord(word, maxWidth, size));
    cut = true;
    break;
  }
  if (line && lines.length < maxLines) {
    lines.push(line);
    line = '';
  }
  const shortened = cut || i < words.length;
  if (!shortened) return { lines, shortened };
  let last = lines.pop() ?? '';
  while (last.includes(' ') && estimateTextWidth(`${last}${ELLIPSIS}`, size) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  if (estimateTextWidth(`${last}${ELLIPSIS}`, size) > maxWidth) last = cutWord(last, maxWidth, size);
  lines.push(`${last.replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`);
  return { lines, shortened };
}

/** `text` shortened to fit `maxLines` lines, as one string (the lines joined by spaces, for a renderer that wraps itself). */
export function fitText(text: string, maxWidth: number, size: number, maxLines = 1): string {
  return fitLines(text, maxWidth, size, maxLines).lines.join(' ');
}
