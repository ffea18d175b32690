// A small SVG writer: escaped elements and text, and the document frame every chart shares (size,
// font, background, accessible title and description). Only elements svg-to-pdfkit draws.
import { CHART_FONT_SIZE, CHART_PALETTES, DEFAULT_CHART_WIDTH, DEFAULT_FONT_FAMILY, type ChartOptions, type ChartPalette } from './theme';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

const XML_UNESCAPES: Record<string, string> = Object.fromEntries(Object.entries(XML_ESCAPES).map(([ch, entity]) => [entity, ch]));

/** The text escapeXml was given back (only the entities escapeXml writes). */
export function unescapeXml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => XML_UNESCAPES[entity]!);
}

export type Attrs = Record<string, string | number | undefined>;

/** Coordinates to two decimals at most, so the markup stays short and stable in tests. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function el(name: string, attrs: Attrs, children = ''): string {
  const list = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('');
  return children ? `<${name}${list}>${children}</${name}>` : `<${name}${list}/>`;
}

export interface TextStyle {
  size?: number;
  bold?: boolean;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
  data?: Attrs;
}

export function text(x: number, y: number, content: string, style: TextStyle): string {
  return el(
    'text',
    {
      x,
      y,
      'font-size': style.size ?? CHART_FONT_SIZE.label,
      'font-weight': style.bold ? 'bold' : undefined,
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
      fill: style.fill,
      ...style.data,
    },
    escapeXml(content),
  );
}

/** The baseline that centres a line of text of this size on `y` (svg-to-pdfkit has no reliable dominant-baseline). */
export function middleBaseline(y: number, size: number): number {
  return y + size * 0.35;
}

export interface Frame {
  width: number;
  palette: ChartPalette;
  fontFamily: string;
}

export function frameOf(options: ChartOptions): Frame {
  return {
    width: options.width ?? DEFAULT_CHART_WIDTH,
    palette: CHART_PALETTES[options.theme ?? 'light'],
    fontFamily: options.fontFamily ?? DEFAULT_FONT_FAMILY,
  };
}

export function svgDocument(frame: Frame, height: number, title: string, desc: string, body: string[]): string {
  const { width, palette, fontFamily } = frame;
  const h = Math.ceil(height);
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height: h, viewBox: `0 0 ${num(width)} ${h}`, role: 'img', 'font-family': fontFamily },
    el('title', {}, escapeXml(title)) +
      el('desc', {}, escapeXml(desc)) +
      el('rect', { x: 0, y: 0, width, height: h, fill: palette.background }) +
      body.join(''),
  );
}
