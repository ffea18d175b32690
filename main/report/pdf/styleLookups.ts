// Resolves each style property once per text instead of once per word: pdfmake looks up about 20
// properties for every word by walking its whole style stack, which took about 55 ms of a warm
// 300-note report (a fifth of its layout) and much of its garbage (npm run bench).
//
// This hooks pdfmake's StyleContextStack and TextInlines (0.3.x, pinned by the lock file), whose
// methods are internal; the report tests and the bench read the output back, so a change that
// broke the lookups would show there.
import { requireFromPdfmake } from './pdfmakeRequire';

type Style = Record<string, unknown>;
interface Stack {
  styleDictionary: Record<string, Style | undefined>;
  getProperty(property: string): unknown;
}
interface StackClass {
  prototype: { getProperty(this: { styleDictionary: Stack['styleDictionary']; styleOverrides: unknown[]; defaultStyle?: Style }, property: string): unknown };
  getStyleProperty(item: unknown, stack: Stack | undefined, property: string, defaultValue: unknown): unknown;
}
interface TextInlinesClass {
  prototype: { measure(array: unknown[], stack: Stack): unknown };
}

const isValue = (value: unknown) => value !== undefined && value !== null;

/**
 * The text being measured: its stack, and the values looked up on it so far, by property (null
 * for none) and by an item's `style` (a name or an array of names, shared by the words of a text).
 */
let measuring: { stack: Stack; values: Map<string, unknown>; named: Map<unknown, Map<string, unknown>> } | undefined;

let installed = false;

/**
 * pdfmake answers `getStyleProperty(item, stack, property)` with the item's own value, else its
 * named styles' (last first), else the stack's, else the default; it gets there by pushing the
 * item and its style names on the stack and walking it all. This answers the same in the same
 * order without the push, and, while TextInlines measures one text (when nothing is pushed or
 * popped and the nodes on the stack do not change; the words measured are new objects, never on
 * the stack), remembers the stack's value and each named style's value per property.
 */
export function resolveStylesOncePerText(): void {
  if (installed) return;
  installed = true;
  const Stack = requireFromPdfmake<{ default: StackClass }>('./StyleContextStack').default;
  const TextInlines = requireFromPdfmake<{ default: TextInlinesClass }>('./TextInlines').default;
  const getProperty = Stack.prototype.getProperty;

  // pdfmake's own named-style lookup (with `extends`), on a stack holding only these names.
  const lookUpNamed = (stack: Stack, names: unknown[], property: string) =>
    getProperty.call({ styleDictionary: stack.styleDictionary, styleOverrides: names, defaultStyle: undefined }, property) ?? null;

  // No closures or keys built per call: this runs some 20 times for every word of the report.
  const namesOf = (style: unknown) => (Array.isArray(style) ? style : [style]);
  const namedValue = (stack: Stack, style: unknown, property: string) => {
    if (measuring?.stack !== stack) return lookUpNamed(stack, namesOf(style), property);
    let values = measuring.named.get(style);
    if (!values) measuring.named.set(style, (values = new Map()));
    let value = values.get(property);
    if (value === undefined) values.set(property, (value = lookUpNamed(stack, namesOf(style), property)));
    return value;
  };

  const stackValue = (stack: Stack, property: string) => {
    if (measuring?.stack !== stack) return stack.getProperty(property);
    let value = measuring.values.get(property);
    if (value === undefined) measuring.values.set(property, (value = stack.getProperty(property) ?? null));
    return value;
  };

  Stack.getStyleProperty = (item, stack, property, defaultValue) => {
    const own = (item as Style)[property];
    if (isValue(own)) return own;
    if (!stack) return defaultValue;
    let value: unknown;
    // pdfmake pushes no styles for a string or a section node.
    if (typeof item === 'object' && item !== null && !(item instanceof String) && (item as Style).section === undefined) {
      const style = (item as Style).style;
      if (style) value = namedValue(stack, style, property);
    }
    if (!isValue(value)) value = stackValue(stack, property);
    return isValue(value) ? value : defaultValue;
  };

  const measure = TextInlines.prototype.measure;
  TextInlines.prototype.measure = function (array, stack) {
    const outer = measuring;
    measuring = { stack, values: new Map(), named: new Map() };
    try {
      return measure.call(this, array, stack);
    } finally {
      measuring = outer;
    }
  };
}
