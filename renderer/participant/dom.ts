// A few lines of DOM building for the participant page, which has no React so phones load little.
// Text is only ever set as text nodes: there is no way to pass markup through here.

type Child = Node | string | number | null | undefined | false;
type Handler = (event: Event) => void;

export interface Props {
  /** Space-separated class names. */
  class?: string;
  /** Attributes, set with setAttribute (aria-*, role, for, type…); false or null leaves one out. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  /** Event listeners by event name ('click', 'input', 'submit'…). */
  on?: Record<string, Handler>;
  /** Keeps focus and the caret on this element across a re-render (see render.ts). */
  key?: string;
  /** DOM properties such as value or checked, set after the attributes. */
  props?: Record<string, unknown>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  if (props.key) element.dataset.key = props.key;
  for (const [name, value] of Object.entries(props.props ?? {})) (element as unknown as Record<string, unknown>)[name] = value;
  for (const [event, handler] of Object.entries(props.on ?? {})) element.addEventListener(event, handler);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  return element;
}

let counter = 0;
/** A unique id for tying a label or a description to its control. */
export const uid = (prefix: string): string => `${prefix}-${++counter}`;
