// Right-to-left text (Arabic, Hebrew) in reading order: pdfmake places the words of a line left to
// right in the order they are typed, so each line's words are put in visual order before drawing.
import bidiFactory from 'bidi-js';
import { wrapRenderLine } from './rendererHook';

/** What pdfmake's renderer knows of a laid-out word (an "inline"). */
export interface PlacedInline {
  text: string;
  x: number;
  width: number;
  /** The width of the word's trailing whitespace. */
  trailingCut?: number;
}

const bidi = bidiFactory();
export const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/** The embedding level of each word of a line, and of its trailing whitespace if it has any. */
export function wordLevels(words: string[]): { word: number; space: number | null }[] {
  // The line's direction is that of its first strong character (bidi-js's default).
  const { levels } = bidi.getEmbeddingLevels(words.join(''));
  let start = 0;
  return words.map((text) => {
    let word = -1;
    let lowest = Infinity;
    for (let i = 0; i < text.length; i++) {
      lowest = Math.min(lowest, levels[start + i]!);
      if (!/\s/.test(text[i]!)) word = Math.max(word, levels[start + i]!);
    }
    const space = /\s$/.test(text) ? levels[start + text.length - 1]! : null;
    start += text.length;
    return { word: word >= 0 ? word : lowest === Infinity ? 0 : lowest, space };
  });
}

/**
 * Rule L2 of the Unicode Bidirectional Algorithm on whole units: from the highest level down to
 * the lowest odd one, every run of units at that level or higher is reversed. Returns the unit
 * indexes in visual order, left to right.
 */
export function visualOrder(levels: number[]): number[] {
  const order = levels.map((_, i) => i);
  const odd = levels.filter((level) => level % 2 === 1);
  if (odd.length === 0) return order;
  const lowestOdd = Math.min(...odd);
  for (let level = Math.max(...levels); level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; ) {
      if (levels[order[i]!]! < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < order.length && levels[order[end]!]! >= level) end++;
      order.splice(i, end - i, ...order.slice(i, end).reverse());
      i = end;
    }
  }
  return order;
}

/**
 * Moves the words of a line to their visual places, keeping where the line starts and the gaps
 * between words (justified text spaces them out). Inside a word fontkit shapes right-to-left
 * scripts right to left (with their trailing space first) and joins Arabic letters, so only whole
 * words move. A trailing space whose direction differs from its word's (between a right-to-left
 * name and the English after it) is a unit of its own, so it stays between the two.
 * Returns whether the line has right-to-left text.
 */
export function placeInVisualOrder(inlines: PlacedInline[]): boolean {
  if (!inlines.some((inline) => RIGHT_TO_LEFT.test(inline.text))) return false;
  const levels = wordLevels(inlines.map((inline) => inline.text));
  const units: { inline?: PlacedInline; width: number; level: number }[] = [];
  inlines.forEach((inline, i) => {
    const { word, space } = levels[i]!;
    const gap = i < inlines.length - 1 ? inlines[i + 1]!.x - (inline.x + inline.width) : 0;
    if (space === null || space % 2 === word % 2) {
      units.push({ inline, width: inline.width + gap, level: word });
      return;
    }
    const cut = inline.trailingCut ?? 0;
    inline.text = inline.text.trimEnd();
    units.push({ inline, width: inline.width - cut, level: word }, { width: cut + gap, level: space });
  });
  let x = inlines[0]!.x;
  for (const index of visualOrder(units.map((unit) => unit.level))) {
    const unit = units[index]!;
    if (unit.inline) unit.inline.x = x;
    x += unit.width;
  }
  return true;
}

/**
 * The words of a one-line label in visual order, left to right (chart labels are drawn by
 * svg-to-pdfkit, which places words in the order typed). Text without right-to-left words is
 * returned whole.
 */
export function labelWordsInVisualOrder(text: string): string[] {
  if (!RIGHT_TO_LEFT.test(text)) return [text];
  const words = text.split(/(?<=\s)(?=\S)/);
  const levels = wordLevels(words);
  return visualOrder(levels.map((level) => level.word)).map((index) => words[index]!.trimEnd());
}

/** Has pdfmake's renderer draw each line in visual order; a line is ordered once even if drawn again. */
export function orderBidiLines(): void {
  wrapRenderLine<PlacedInline>('visual order', (line, draw) => {
    if (!line._visualOrder && line.inlines.length > 1) {
      placeInVisualOrder(line.inlines);
      line._visualOrder = true;
    }
    draw(line);
  });
}
