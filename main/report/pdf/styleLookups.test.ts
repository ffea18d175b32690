// Style lookups resolved once per text give every word exactly the values pdfmake's own lookup gives.
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { resolveStylesOncePerText } from './styleLookups';

type Style = Record<string, unknown>;
interface Stack {
  push(item: unknown): void;
  auto(item: unknown, callback: () => unknown): unknown;
  getProperty(property: string): unknown;
}
const load = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const StackClass = (load('./StyleContextStack') as { default: { new (dictionary: Style, defaultStyle?: Style): Stack; getStyleProperty(item: unknown, stack: Stack, property: string, fallback: unknown): unknown } }).default;
const TextInlines = (load('./TextInlines') as { default: new (pdfDocument: unknown) => { measure(items: Style[], stack: Stack): Style[] } }).default;

resolveStylesOncePerText();

const isValue = (value: unknown) => value !== undefined && value !== null;

/** pdfmake's own answer: push the item and its styles, walk the stack, pop. */
function reference(item: Style, stack: Stack, property: string, fallback: unknown): unknown {
  if (isValue(item[property])) return item[property];
  const value = stack.auto(item, () => stack.getProperty(property));
  return isValue(value) ? value : fallback;
}

const PROPERTIES = ['fontSize', 'color', 'bold', 'alignment'];
const NAMES = ['th', 'small', 'lead', 'derived', 'missing'];
const dictionary: Record<string, Style> = {
  th: { bold: true, fontSize: 9, color: 'grey' },
  small: { fontSize: 8.5, color: 'grey' },
  lead: { fontSize: 12 },
  derived: { extends: 'th', color: 'blue' },
};
const value = fc.option(fc.constantFrom(7, 10, 'red', 'black', true, false, 'center'), { nil: undefined });
const styleOverride = fc.record({ fontSize: value, color: value, bold: value, alignment: value }, { requiredKeys: [] });
const layer = fc.oneof(fc.constantFrom(...NAMES), styleOverride);
const item = fc.record(
  { text: fc.constantFrom('word ', 'other'), style: fc.option(fc.oneof(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...NAMES), { maxLength: 3 })), { nil: undefined }), fontSize: value, color: value },
  { requiredKeys: ['text'] },
);

function stackOf(layers: unknown[]): Stack {
  const stack = new StackClass(dictionary, { fontSize: 10.5, color: 'black' });
  for (const l of layers) stack.push(l);
  return stack;
}

describe('resolveStylesOncePerText', () => {
  it("answers getStyleProperty as pdfmake's own lookup does, for any stack and word", () => {
    fc.assert(
      fc.property(fc.array(layer, { maxLength: 6 }), item, fc.constantFrom(...PROPERTIES), (layers, word, property) => {
        const stack = stackOf(layers);
        expect(StackClass.getStyleProperty(word, stack, property, 'fallback')).toEqual(reference(word, stack, property, 'fallback'));
      }),
    );
  });

  it('gives each measured word the values pdfmake would, the stack looked up once per text', () => {
    const font = { widthOfString: (text: string, size: number) => text.length * size * 0.5, lineHeight: (size: number) => size * 1.2, ascender: 900, descender: -200 };
    const bolds: unknown[] = [];
    const inlines = new TextInlines({ provideFont: (_family: string, bold: unknown) => (bolds.push(bold), font) });
    const fallback: Style = { fontSize: 12, color: 'black', bold: false, alignment: 'left' };
    fc.assert(
      fc.property(fc.array(layer, { maxLength: 6 }), fc.array(item, { minLength: 1, maxLength: 6 }), (layers, words) => {
        const stack = stackOf(layers);
        const expected = words.map((word) => Object.fromEntries(PROPERTIES.map((p) => [p, reference(word, stack, p, fallback[p])])));
        bolds.length = 0;
        const measured = inlines.measure(words.map((word) => ({ ...word })), stack);
        // measure keeps bold only in the font it picks.
        expect(measured.map((word, i) => ({ ...Object.fromEntries(PROPERTIES.map((p) => [p, word[p]])), bold: bolds[i] }))).toEqual(expected);
      }),
    );
  });
});
